import ProfileModel

/// How one indicator's reading changed.
///
/// `before` and `after` are the two readings in full; the other properties describe the
/// difference: the status move, the change classes, the items added and removed, and a word
/// diff of the text when the text changed.
public struct IndicatorChange: Hashable, Codable, Sendable {
  /// The catalog number, e.g. `1.2.1`.
  public var id: String
  /// The reading on the `from` side; `nil` when that profile has no reading with this id
  /// (another catalog). A section the document lacks is a reading with status `missing`.
  public var before: IndicatorReading?
  /// The reading on the `to` side; `nil` as for `before`.
  public var after: IndicatorReading?
  /// The status move, when the status changed.
  public var status: StatusChange?
  /// Never empty; see ``ChangeClass`` for how classes combine.
  public var classes: [ChangeClass]
  /// Items added and removed, compared as normalised sets; `nil` when the sets are equal.
  public var items: ItemChanges?
  /// The text's word diff; `nil` when the text is the same string on both sides.
  public var words: [WordRun]?

  /// The change from `before` to `after` (which should differ).
  public init(id: String, before: IndicatorReading?, after: IndicatorReading?) {
    self.id = id
    self.before = before
    self.after = after
    let statusBefore = before?.status ?? .missing
    let statusAfter = after?.status ?? .missing
    status = StatusChange(from: statusBefore, to: statusAfter)
    let itemsBefore = before?.items ?? []
    let itemsAfter = after?.items ?? []
    items = itemsBefore == itemsAfter ? nil : ItemChanges(before: itemsBefore, after: itemsAfter)
    let textBefore = before?.text ?? ""
    let textAfter = after?.text ?? ""
    words = textBefore == textAfter ? nil : WordDiff.runs(from: textBefore, to: textAfter)
    classes = ChangeClass.classes(
      from: statusBefore, to: statusAfter, added: !(items?.added.isEmpty ?? true),
      removed: !(items?.removed.isEmpty ?? true))
  }

  init(
    id: String, before: IndicatorReading?, after: IndicatorReading?, status: StatusChange?,
    classes: [ChangeClass], items: ItemChanges?, words: [WordRun]?
  ) {
    self.id = id
    self.before = before
    self.after = after
    self.status = status
    self.classes = classes
    self.items = items
    self.words = words
  }

  /// The same change the other way round, derived without diffing again.
  public var reversed: IndicatorChange {
    let items = items?.reversed
    return IndicatorChange(
      id: id, before: after, after: before, status: status?.reversed,
      classes: ChangeClass.classes(
        from: after?.status ?? .missing, to: before?.status ?? .missing,
        added: !(items?.added.isEmpty ?? true), removed: !(items?.removed.isEmpty ?? true)),
      items: items, words: words.map(WordDiff.inverted))
  }
}
