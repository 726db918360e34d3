/// How far a profile's policy measures go, per Global Cybersecurity Index pillar and overall.
///
/// Each indicator with a status on the progress scale scores `present` 1, `partial` ½ and
/// `absent` 0. Indicators read as `unknown` or `missing` say nothing either way, so they are
/// left out of the denominator rather than counted as absent: a pillar's score is its points
/// over the indicators it could score, and that denominator is kept beside the value so that
/// a score resting on few indicators shows it. `overall` is the same sum over every
/// indicator of the catalog, each weighing the same (pillars with more indicators weigh
/// more), not an average of the pillars.
///
/// A pure function of the statuses and the catalog:
///
/// ```swift
/// let score = PolicyScore(profile)
/// score.overall.value      // 0.3 — 6 points of 20
/// score["technical"]?.text // "1/3"
/// ```
public struct PolicyScore: Hashable, Codable, Sendable {
  /// The score of one pillar (or of all indicators, for ``PolicyScore/overall``).
  public struct Part: Hashable, Codable, Sendable {
    /// The pillar's id (`technical`), or `overall`.
    public var pillar: String
    /// Indicators read `present`.
    public var present: Int
    /// Indicators read `partial`.
    public var partial: Int
    /// Indicators read `absent`.
    public var absent: Int
    /// Indicators read `unknown` or `missing`: left out of the denominator.
    public var unscored: Int

    public init(
      pillar: String, present: Int = 0, partial: Int = 0, absent: Int = 0, unscored: Int = 0
    ) {
      self.pillar = pillar
      self.present = present
      self.partial = partial
      self.absent = absent
      self.unscored = unscored
    }

    /// Twice the points, so that sums of halves stay exact: present 2, partial 1.
    public var halfPoints: Int { 2 * present + partial }

    /// The points: present 1, partial ½, absent 0.
    public var points: Double { Double(halfPoints) / 2 }

    /// The denominator: indicators on the progress scale (present, partial or absent).
    public var scored: Int { present + partial + absent }

    /// Points over the denominator, from 0 to 1; `nil` when no indicator could be scored.
    public var value: Double? {
      scored == 0 ? nil : Double(halfPoints) / Double(2 * scored)
    }

    /// `4.5/10`: the points over the denominator.
    public var text: String {
      let points = halfPoints % 2 == 0 ? String(halfPoints / 2) : "\(halfPoints / 2).5"
      return "\(points)/\(scored)"
    }

    /// Counts one indicator's status in (`by` 1) or out (`by` -1) of the score.
    public mutating func count(_ status: IndicatorStatus, by step: Int = 1) {
      switch status {
      case .present: present += step
      case .partial: partial += step
      case .absent: absent += step
      case .unknown, .missing: unscored += step
      }
    }
  }

  /// One part per catalog pillar, in catalog order.
  public var pillars: [Part]
  /// Every indicator of the catalog together.
  public var overall: Part

  /// The score of indicator statuses keyed by catalog number (`1.2.1`); an indicator of the
  /// catalog with no entry counts as `missing`, and entries the catalog lacks are ignored.
  public init(statuses: [String: IndicatorStatus], catalog: IndicatorCatalog = .cyberwellness2015) {
    var parts = catalog.pillars.map { Part(pillar: $0.id) }
    var overall = Part(pillar: "overall")
    for indicator in catalog.indicators {
      let status = statuses[indicator.number] ?? .missing
      // A handful of pillars: found along the list, with nothing to build per score.
      if let i = parts.firstIndex(where: { $0.pillar == indicator.pillar }) {
        parts[i].count(status)
      }
      overall.count(status)
    }
    self.pillars = parts
    self.overall = overall
  }

  /// The score of a profile's indicator readings.
  public init(_ profile: Profile, catalog: IndicatorCatalog = .cyberwellness2015) {
    self.init(
      statuses: Dictionary(profile.indicators.map { ($0.id, $0.status) }) { first, _ in first },
      catalog: catalog)
  }

  /// The part of pillar `id`, or ``overall`` for `overall`.
  public subscript(pillar: String) -> Part? {
    pillar == overall.pillar ? overall : pillars.first { $0.pillar == pillar }
  }

  /// The score after indicator `number` moved from `before` to `after`: the statuses'
  /// score updated in place, without recounting.
  public mutating func apply(
    _ number: String, from before: IndicatorStatus, to after: IndicatorStatus,
    catalog: IndicatorCatalog = .cyberwellness2015
  ) {
    guard let indicator = catalog.indicator(number) else { return }
    if let i = pillars.firstIndex(where: { $0.pillar == indicator.pillar }) {
      pillars[i].count(before, by: -1)
      pillars[i].count(after)
    }
    overall.count(before, by: -1)
    overall.count(after)
  }
}
