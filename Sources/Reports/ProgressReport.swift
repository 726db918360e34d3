import DiffEngine
import LedgerModel
import ProfileModel

/// Policy progress per country and pillar over a date range: the scores where the range
/// starts and ends, the change, and the indicator transitions behind it, countries ranked by
/// progress. The output of `profiles progress`, as text, Markdown, JSON, CSV or (for one
/// country) an SVG chart.
///
/// Built from the store's ``StatusSeries``: the start's statuses are scored with
/// ``PolicyScore`` and each later revision's score follows from the status moves into it.
/// Transitions are classed by the diff engine's ``ChangeClass`` rules, so a transition is
/// `established`, `advanced` or `regressed` exactly when `profiles diff` says so.
///
/// ```swift
/// let series = try ledger.statusSeries(since: start, until: end)
/// print(ProgressReport(series, since: start, until: end).text())
/// ```
public struct ProgressReport: Sendable {
  /// One indicator's status move into a revision.
  public struct Transition: Hashable, Sendable {
    public var indicator: String
    /// The indicator's pillar id.
    public var pillar: String
    public var before: IndicatorStatus
    public var after: IndicatorStatus
    /// The status class the diff engine gives the move: `established`, `advanced`,
    /// `regressed`, or `reassessed`, `appeared`, `disappeared` for moves off the scale.
    public var change: ChangeClass
    /// The revision that made the move, and the one before it.
    public var revision: RevisionRef
    public var previous: RevisionRef
    /// The review whose status `after` is; nil for the reader's.
    public var review: ReviewMark? = nil
  }

  /// A revision and its score.
  public struct Point: Hashable, Sendable {
    public var revision: RevisionRef
    public var score: PolicyScore
  }

  /// One country's progress over the range.
  public struct Country: Sendable {
    public var country: String
    /// 1 for the most progress; `nil` when no revision is dated in the range.
    public var rank: Int?
    /// The start, then each revision dated in the range, oldest first.
    public var trajectory: [Point]
    /// Whether the start is the revision in effect before the range (else it is the
    /// country's first revision in the range, and its own content is the baseline).
    public var startsBeforeRange: Bool
    /// The status moves of the revisions in the range (of the pillar asked for, if any),
    /// oldest first.
    public var transitions: [Transition]
    /// The country's latest revision in the store.
    public var latest: RevisionRef

    public var start: Point { trajectory[0] }
    public var end: Point { trajectory[trajectory.count - 1] }
    /// Whether a revision is dated in the range.
    public var inRange: Bool { rank != nil }

    /// The change in `part`'s score from start to end, from -1 to 1; `nil` when either side
    /// has no indicator to score.
    public func delta(_ part: String) -> Double? {
      guard let before = start.score[part]?.value, let after = end.score[part]?.value else {
        return nil
      }
      return after - before
    }

    /// How many transitions have class `change`.
    public func count(_ change: ChangeClass) -> Int {
      transitions.reduce(0) { $0 + ($1.change == change ? 1 : 0) }
    }
  }

  /// The range asked for; `nil` is open.
  public var since: ProfileDate?
  public var until: ProfileDate?
  /// The pillar asked for, or `nil` for all of them and the overall score.
  public var pillar: String?
  /// Countries with a revision in the range, ranked; then those with none, by code.
  public var countries: [Country]
  /// Countries with no revision in effect by the end of the range: only their latest date.
  public var notYetIn: [(country: String, latest: RevisionRef)]
  public var format: ChangeFormat

  /// The progress of `series` (as ``Ledger/statusSeries(since:until:countries:)`` returns
  /// them), ranked by the change in the overall score, or in `pillar`'s when given.
  public init(
    _ series: [StatusSeries], since: ProfileDate? = nil, until: ProfileDate? = nil,
    pillar: String? = nil, format: ChangeFormat = ChangeFormat()
  ) {
    self.since = since
    self.until = until
    self.pillar = pillar
    self.format = format
    let catalog = format.catalog
    let pillarOf = Dictionary(
      uniqueKeysWithValues: catalog.indicators.map { ($0.number, $0.pillar) })
    var ranked: [Country] = []
    var standing: [Country] = []
    var notYetIn: [(String, RevisionRef)] = []
    for entry in series {
      guard let first = entry.steps.first else {
        notYetIn.append((entry.country, entry.latest))
        continue
      }
      var score = PolicyScore(statuses: entry.baseline, catalog: catalog)
      var trajectory = [Point(revision: first.revision, score: score)]
      trajectory.reserveCapacity(entry.steps.count)
      var transitions: [Transition] = []
      for (previous, step) in zip(entry.steps, entry.steps.dropFirst()) {
        for move in step.transitions {
          score.apply(move.indicator, from: move.before, to: move.after, catalog: catalog)
          let indicatorPillar = pillarOf[move.indicator] ?? ""
          guard pillar == nil || pillar == indicatorPillar,
            let change = ChangeClass.classes(
              from: move.before, to: move.after, added: false, removed: false
            ).first
          else { continue }
          transitions.append(
            Transition(
              indicator: move.indicator, pillar: indicatorPillar, before: move.before,
              after: move.after, change: change, revision: step.revision,
              previous: previous.revision, review: move.review))
        }
        trajectory.append(Point(revision: step.revision, score: score))
      }
      let country = Country(
        country: entry.country, rank: entry.hasRevisionInRange ? 0 : nil, trajectory: trajectory,
        startsBeforeRange: entry.startsBeforeRange, transitions: transitions,
        latest: entry.latest)
      if country.inRange { ranked.append(country) } else { standing.append(country) }
    }
    // Most progress first; then the higher score at the end; then by code. The keys are
    // worked out once per country, not in every comparison.
    let part = pillar ?? "overall"
    let keys = ranked.map { country in
      (
        delta: country.delta(part) ?? -.infinity, end: country.end.score[part]?.value ?? -1,
        code: country.country
      )
    }
    ranked = ranked.indices.sorted { i, j in
      let (a, b) = (keys[i], keys[j])
      if a.delta != b.delta { return a.delta > b.delta }
      if a.end != b.end { return a.end > b.end }
      return a.code < b.code
    }.map { ranked[$0] }
    for index in ranked.indices { ranked[index].rank = index + 1 }
    self.countries = ranked + standing
    self.notYetIn = notYetIn
  }

  /// The score parts reported: the pillar asked for, or every pillar and the overall score.
  public var parts: [String] {
    if let pillar { return [pillar] }
    return format.catalog.pillars.map(\.id) + ["overall"]
  }

  /// The part countries are ranked by.
  public var rankedBy: String { pillar ?? "overall" }

  /// Countries with a revision in the range, ranked.
  public var ranked: ArraySlice<Country> { countries.prefix { $0.inRange } }

  /// Countries with revisions in effect but none dated in the range.
  public var unchanged: ArraySlice<Country> { countries.drop { $0.inRange } }

  /// Every `regressed` transition, by rank.
  public var regressions: [(country: Country, transition: Transition)] {
    ranked.flatMap { country in
      country.transitions.filter { $0.change == .regressed }.map { (country, $0) }
    }
  }

  /// `Capacity building`, `Overall`.
  public func partTitle(_ part: String) -> String {
    format.catalog.pillars.first { $0.id == part }?.title ?? part.prefix(1).uppercased()
      + part.dropFirst()
  }

  /// The one-line description of the score, for the reports' headers.
  public static let method =
    "score: present 1, partial ½, absent 0, over the indicators read present, partial or absent (unknown and missing left out: n is the denominator); changes in percentage points"
}

extension ProgressReport {
  /// `45.0%`; `n/a` when nothing could be scored.
  static func percent(_ value: Double?) -> String {
    guard let value else { return "n/a" }
    return tenths(value * 100) + "%"
  }

  /// `+7.5`, `-5.0`, `0.0` percentage points; `n/a` when unknown.
  static func points(_ delta: Double?) -> String {
    guard let delta else { return "n/a" }
    let text = tenths(delta * 100)
    return text == "0.0" || text.hasPrefix("-") ? text : "+" + text
  }

  /// `value` with one decimal, rounded half to even as `%.1f` rounds; written by hand
  /// because `String(format:)` costs microseconds and a whole store's report has thousands.
  static func tenths(_ value: Double) -> String {
    let scaled = Int((value * 10).rounded(.toNearestOrEven))
    let magnitude = abs(scaled)
    return (scaled < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
  }

  /// A sparkline of `values` (0 to 1) in block characters, `▁` for 0 up to `█` for 1, on
  /// the same scale for every country; a space where nothing could be scored.
  public static func sparkline(_ values: [Double?]) -> String {
    let blocks = Array("▁▂▃▄▅▆▇█")
    return String(
      values.map { value in
        guard let value else { return " " }
        return blocks[min(7, max(0, Int((value * 7).rounded())))]
      })
  }

  /// `established`, `advanced`, `regressed ▼`.
  static func label(_ change: ChangeClass) -> String {
    change == .regressed ? "regressed ▼" : change.rawValue
  }
}
