import ProfileModel

/// What changed between two revisions of a profile: a pure function of the two readings.
///
/// A diff lists only what differs: the indicators whose readings differ, each with its change
/// classes, item-set changes and word diff, and the background figures whose value or source
/// differs. Each change carries both readings, so a diff is exact: it can be reversed and
/// applied, and reports can show either side without going back to the store.
///
/// ```swift
/// let diff = ProfileDiff(from: older, to: newer)
/// for change in diff.indicators where change.classes.contains(.established) {
///   print("\(change.id) established")
/// }
/// try diff.apply(to: older) == newer  // true
/// ```
///
/// Readings are matched by id. When both profiles list the same ids in the same order (the
/// same catalog), changes come in that order; otherwise in a merged order that does not
/// depend on which side is `from`, and the two id sequences are recorded so that
/// ``apply(to:)`` can rebuild the other side's order.
public struct ProfileDiff: Hashable, Codable, Sendable {
  /// What identifies one side of a diff: catalog, country and effective date.
  public struct Side: Hashable, Codable, Sendable {
    public var catalog: String
    public var country: Country
    public var lastUpdated: ProfileDate

    public init(catalog: String, country: Country, lastUpdated: ProfileDate) {
      self.catalog = catalog
      self.country = country
      self.lastUpdated = lastUpdated
    }

    public init(_ profile: Profile) {
      self.init(
        catalog: profile.catalog, country: profile.country, lastUpdated: profile.lastUpdated)
    }
  }

  public var from: Side
  public var to: Side
  /// Figures whose reading differs, in catalog order.
  public var figures: [FigureChange]
  /// Indicators whose reading differs, in catalog order.
  public var indicators: [IndicatorChange]
  /// The two sides' indicator ids, when they are not the same sequence (different catalogs).
  public var indicatorOrder: ValueChange<[String]>?
  /// The two sides' figure ids, when they are not the same sequence (a figure left out).
  public var figureOrder: ValueChange<[String]>?

  /// The changes that turn `a` into `b`.
  public init(from a: Profile, to b: Profile) {
    from = Side(a)
    to = Side(b)
    // Readings are compared by what the document says; the reader's evidence for a status
    // is not a change of the document.
    (indicators, indicatorOrder) = Matching.changes(
      a.indicators, b.indicators, id: { $0.id }, same: { $0.saysTheSame(as: $1) },
      change: IndicatorChange.init)
    (figures, figureOrder) = Matching.changes(
      a.figures, b.figures, id: { $0.id }, same: ==, change: FigureChange.init)
  }

  init(
    from: Side, to: Side, figures: [FigureChange], indicators: [IndicatorChange],
    indicatorOrder: ValueChange<[String]>?, figureOrder: ValueChange<[String]>?
  ) {
    self.from = from
    self.to = to
    self.figures = figures
    self.indicators = indicators
    self.indicatorOrder = indicatorOrder
    self.figureOrder = figureOrder
  }

  /// Whether the two profiles are equal: `ProfileDiff(from: a, to: a).isEmpty` always holds.
  public var isEmpty: Bool {
    from == to && hasNoContentChanges
  }

  /// Whether only the "Last updated" date changed: a re-issue that says nothing new.
  public var isDateOnly: Bool {
    from.lastUpdated != to.lastUpdated && from.country == to.country
      && from.catalog == to.catalog && hasNoContentChanges
  }

  private var hasNoContentChanges: Bool {
    figures.isEmpty && indicators.isEmpty && indicatorOrder == nil && figureOrder == nil
  }

  /// The effective date's change, if any.
  public var dateChange: ValueChange<ProfileDate>? {
    ValueChange(from.lastUpdated, to.lastUpdated)
  }

  /// The country's change (usually its printed name), if any.
  public var countryChange: ValueChange<Country>? {
    ValueChange(from.country, to.country)
  }

  /// The catalog's change, if any.
  public var catalogChange: ValueChange<String>? {
    ValueChange(from.catalog, to.catalog)
  }

  /// The change of indicator `id`, if it changed.
  public func indicator(_ id: String) -> IndicatorChange? {
    indicators.first { $0.id == id }
  }

  /// The change of figure `id`, if it changed.
  public func figure(_ id: String) -> FigureChange? {
    figures.first { $0.id == id }
  }

  /// The inverse diff: `ProfileDiff(from: b, to: a) == ProfileDiff(from: a, to: b).reversed`.
  public var reversed: ProfileDiff {
    ProfileDiff(
      from: to, to: from, figures: figures.map(\.reversed),
      indicators: indicators.map(\.reversed), indicatorOrder: indicatorOrder?.reversed,
      figureOrder: figureOrder?.reversed)
  }
}

/// Two lists of readings matched by id.
enum Matching {
  /// The changes of the readings that differ, and the two id sequences when they are not
  /// the same.
  @inline(__always)
  static func changes<Reading, Change>(
    _ a: [Reading], _ b: [Reading], id: (Reading) -> String, same: (Reading, Reading) -> Bool,
    change: (String, Reading?, Reading?) -> Change
  ) -> ([Change], ValueChange<[String]>?) {
    var changes: [Change] = []
    if a.count == b.count, zip(a, b).allSatisfy({ id($0) == id($1) }) {
      for (x, y) in zip(a, b) where !same(x, y) {
        changes.append(change(id(x), x, y))
      }
      return (changes, nil)
    }
    // Different id sequences: order the union by each id's positions on both sides, a key
    // that is the same whichever side comes first, so that diff(b, a) lists its changes in
    // the order of diff(a, b).
    let idsA = a.map(id)
    let idsB = b.map(id)
    let byIDA = Dictionary(zip(idsA, a.indices), uniquingKeysWith: { first, _ in first })
    let byIDB = Dictionary(zip(idsB, b.indices), uniquingKeysWith: { first, _ in first })
    let union = Set(idsA).union(idsB)
    let keyed = union.map { id -> (low: Int, high: Int, id: String) in
      let positions = [byIDA[id], byIDB[id]].compactMap { $0 }
      return (positions.min()!, positions.max()!, id)
    }
    for key in keyed.sorted(by: { ($0.low, $0.high, $0.id) < ($1.low, $1.high, $1.id) }) {
      let x = byIDA[key.id].map { a[$0] }
      let y = byIDB[key.id].map { b[$0] }
      let unchanged = x.flatMap { x in y.map { same(x, $0) } } ?? (x == nil && y == nil)
      if !unchanged { changes.append(change(key.id, x, y)) }
    }
    return (changes, ValueChange(before: idsA, after: idsB))
  }
}
