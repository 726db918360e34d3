import ProfileModel

/// What kind of change an indicator underwent.
///
/// Classes are a function of the two statuses and of the item sets, and combine by these
/// rules:
/// - `appeared` / `disappeared`: the section is `missing` on one side only (or the profile
///   has no reading for it). Such a change has that class alone; its items and text are all
///   added or all removed.
/// - otherwise at most one status class, from the status change: `established` (absent or
///   partial → present), `advanced` (absent → partial), `regressed` (any step down the
///   scale absent < partial < present), or `reassessed` (to or from `unknown`, which is off
///   that scale);
/// - plus `expanded` when items were added and `reduced` when items were removed (both for
///   a likely rename), compared as normalised sets (see ``ItemChanges``);
/// - `reworded` when none of the above applies: same status, same item set, but the text
///   (or the items' spelling or order) changed.
///
/// So a change is, for example, `[established, expanded]` (a CIRT set up and named),
/// `[expanded, reduced]` (an act replaced), or `[reworded]`, never empty. Classes are listed
/// in the order of the cases.
public enum ChangeClass: String, Hashable, Codable, Sendable, CaseIterable {
  case appeared
  case disappeared
  case established
  case advanced
  case regressed
  case reassessed
  case expanded
  case reduced
  case reworded

  /// The classes of a change from `before` to `after`, with `added` / `removed` telling
  /// whether the item set gained or lost members.
  public static func classes(
    from before: IndicatorStatus, to after: IndicatorStatus, added: Bool, removed: Bool
  ) -> [ChangeClass] {
    switch (before, after) {
    case (.missing, .missing): break
    case (.missing, _): return [.appeared]
    case (_, .missing): return [.disappeared]
    default: break
    }
    var classes: [ChangeClass] = []
    switch StatusChange.Direction(from: before, to: after) {
    case .up: classes.append(after == .present ? .established : .advanced)
    case .down: classes.append(.regressed)
    case .unranked: classes.append(.reassessed)
    case nil: break
    }
    if added { classes.append(.expanded) }
    if removed { classes.append(.reduced) }
    return classes.isEmpty ? [.reworded] : classes
  }
}
