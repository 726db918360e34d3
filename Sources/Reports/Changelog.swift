import DiffEngine
import LedgerModel
import ParallelMap
import ProfileModel

/// Every change in a date range across countries, grouped by country and revision: the
/// output of `profiles changelog`, as Markdown, JSON, CSV or an Atom feed.
///
/// Built from the store's ``RevisionChanges`` (the readings of what changed); the diff engine
/// classifies each indicator change and diffs its words.
///
/// ```swift
/// let changes = try ledger.changes(since: start, until: end)
/// print(Changelog(changes, since: start, until: end).markdown())
/// ```
public struct Changelog: Sendable {
  /// One revision in effect and what it changed from the one before it.
  public struct Entry: Sendable {
    public var country: String
    public var revision: RevisionRef
    /// The revision in effect before it; `nil` for the country's first.
    public var previous: RevisionRef?
    public var outcome: IngestOutcome
    public var indicators: [IndicatorChange]
    public var figures: [FigureChange]
    /// The reviews standing on changed indicators, whose reviewed readings these are.
    public var reviews: [String: ReviewMark] = [:]
    /// The reviews standing on the revision's figures, whose values these are.
    public var figureReviews: [String: ReviewedFigure] = [:]

    /// The country's first revision: nothing to compare with.
    public var isFirst: Bool { previous == nil }

    /// A re-issue that changes nothing the store reads but the date.
    public var isDateOnly: Bool { previous != nil && indicators.isEmpty && figures.isEmpty }
  }

  /// The range asked for; `nil` is open.
  public var since: ProfileDate?
  public var until: ProfileDate?
  /// By country code, then effective date, oldest first.
  public var entries: [Entry]
  public var format: ChangeFormat

  /// The changelog of `revisions` (as ``Ledger/changes(since:until:countries:)`` returns
  /// them); the indicator changes are classified and word-diffed on every core.
  public init(
    _ revisions: [RevisionChanges], since: ProfileDate? = nil, until: ProfileDate? = nil,
    format: ChangeFormat = ChangeFormat()
  ) {
    self.since = since
    self.until = until
    self.format = format
    let pairs = revisions.flatMap(\.indicators)
    let changes = pairs.concurrentMap { pair in
      IndicatorChange(id: pair.id, before: pair.before, after: pair.after)
    }
    var offset = 0
    entries = revisions.map { revision in
      let count = revision.indicators.count
      defer { offset += count }
      return Entry(
        country: revision.country, revision: revision.revision, previous: revision.previous,
        outcome: revision.outcome, indicators: Array(changes[offset..<offset + count]),
        figures: revision.figureChanges, reviews: revision.reviews,
        figureReviews: revision.figureReviews
      )
    }
  }

  /// The entries of each country, by country code.
  public var byCountry: [(country: String, entries: ArraySlice<Entry>)] {
    var groups: [(country: String, entries: ArraySlice<Entry>)] = []
    var start = entries.startIndex
    for index in entries.indices
    where index + 1 == entries.endIndex
      || entries[index + 1].country != entries[index].country
    {
      groups.append((entries[index].country, entries[start...index]))
      start = index + 1
    }
    return groups
  }

  /// Counts over the whole changelog.
  public struct Summary: Hashable, Sendable {
    public var countries: Int
    public var revisions: Int
    public var indicatorChanges: Int
    public var figureChanges: Int
    public var dateOnly: Int
  }

  public var summary: Summary {
    Summary(
      countries: Set(entries.map(\.country)).count, revisions: entries.count,
      indicatorChanges: entries.reduce(0) { $0 + $1.indicators.count },
      figureChanges: entries.reduce(0) { $0 + $1.figures.count },
      dateOnly: entries.filter(\.isDateOnly).count)
  }

  /// What a changelog says of itself before its entries, for a changelog written in parts
  /// (``ChangelogWriter``): its counts, its countries, the latest time a revision in it was
  /// recorded. Made from the store's changes alone, without classifying or diffing them.
  public struct Overview: Hashable, Sendable {
    public var summary = Summary(
      countries: 0, revisions: 0, indicatorChanges: 0, figureChanges: 0, dateOnly: 0)
    /// The countries with a revision in the changelog, in order.
    public var countries: [String] = []
    /// When the latest revision in it was recorded; nil when it has none.
    public var updated: String?

    public init() {}

    /// Adds changes that come after those added so far, for countries not added yet.
    public mutating func add(_ revisions: [RevisionChanges]) {
      for revision in revisions {
        if countries.last != revision.country { countries.append(revision.country) }
        summary.revisions += 1
        summary.indicatorChanges += revision.indicators.count
        let figures = revision.figureChanges.count
        summary.figureChanges += figures
        if revision.previous != nil, revision.indicators.isEmpty, figures == 0 {
          summary.dateOnly += 1
        }
        updated = max(updated ?? revision.revision.recordedAt, revision.revision.recordedAt)
      }
      summary.countries = countries.count
    }
  }

  /// This changelog's overview.
  public var overview: Overview {
    var overview = Overview()
    overview.summary = summary
    for entry in entries where overview.countries.last != entry.country {
      overview.countries.append(entry.country)
    }
    overview.updated = entries.map(\.revision.recordedAt).max()
    return overview
  }

  /// `from 2015-01-01 to 2015-12-31`, `up to 2015-12-31`, `from 2015-01-01`, `` (all).
  var rangeDescription: String {
    switch (since, until) {
    case (let since?, let until?): "from \(since.iso) to \(until.iso)"
    case (let since?, nil): "from \(since.iso)"
    case (nil, let until?): "up to \(until.iso)"
    case (nil, nil): "of all dates"
    }
  }

  /// `3 countries, 12 revisions: 20 indicator changes, 5 figure changes, 2 date-only`.
  static func summaryLine(_ s: Summary) -> String {
    "\(count(s.countries, "country", "countries")), \(count(s.revisions, "revision")): "
      + "\(count(s.indicatorChanges, "indicator change")), "
      + "\(count(s.figureChanges, "figure change")), \(s.dateOnly) date-only"
  }

  /// The group an indicator change is listed under: its first class.
  static func group(_ change: IndicatorChange) -> ChangeClass {
    change.classes.first ?? .reworded
  }
}

extension RevisionChanges {
  /// The figures that changed from the revision before, paired by the diff engine; none for
  /// a country's first revision.
  public var figureChanges: [FigureChange] {
    previousFigures.map { FigureChange.changes(from: $0, to: figures) } ?? []
  }
}
