import Foundation
import ProfileModel

/// A deterministic series of synthetic profile documents: `countries` × `revisions`, in the
/// document format, each revision changing a few indicators and figures. It records what it
/// changed, so tests can check a diff against the truth.
///
/// The content is marked synthetic (the data sources and the disclaimer say so); the country
/// names are real so that the documents read like real ones.
public struct SyntheticCorpus: Sendable {
  public struct Revision: Sendable {
    public var country: String
    public var date: ProfileDate
    public var text: String
    /// Indicators whose reading differs from the previous revision (empty for the first).
    public var changedIndicators: Set<String>
    /// Figures whose value differs from the previous revision.
    public var changedFigures: Set<String>
    /// Figures whose data source differs from the previous revision: all of them when the
    /// year changed, since the source's period is December of the year before.
    public var changedSources: Set<String>
    /// The status the generator wrote for each indicator.
    public var statuses: [String: IndicatorStatus]
  }

  public let countries: Int
  public let revisionsPerCountry: Int
  public let seed: UInt64

  public init(countries: Int, revisions: Int, seed: UInt64 = 2015) {
    self.countries = countries
    self.revisionsPerCountry = revisions
    self.seed = seed
  }

  /// One country's revisions, oldest first.
  public func series(_ index: Int) -> [Revision] {
    let entries = CountryDirectory.standard.entries
    let entry = entries[index % entries.count]
    var rng = SeededRandom(seed: seed &* 1_000_003 &+ UInt64(index))
    let catalog = IndicatorCatalog.cyberwellness2015
    var states = catalog.indicators.map { IndicatorState.initial($0, using: &rng) }
    var population = Int.random(in: 80_000...200_000_000, using: &rng)
    var internet = Int.random(in: 300...9_500, using: &rng)  // hundredths of a percent
    var date = ProfileDate(year: 2013, month: 1, day: 1)!
    var result: [Revision] = []
    for number in 0..<revisionsPerCountry {
      var changedIndicators = Set<String>()
      var changedFigures = Set<String>()
      var changedSources = Set<String>()
      if number > 0 {
        let year = date.year
        date = date.adding(days: Int.random(in: 20...90, using: &rng))
        if date.year != year { changedSources = ["population", "internet-users"] }
        let before = states
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
          let i = Int.random(in: 0..<states.count, using: &rng)
          states[i].mutate(catalog.indicators[i], using: &rng)
        }
        for i in states.indices where states[i] != before[i] {
          changedIndicators.insert(catalog.indicators[i].number)
        }
        if Bool.random(using: &rng) {
          let delta = Int.random(in: -2_000...40_000, using: &rng)
          let value = max(1_000, population + delta)
          if value != population {
            population = value
            changedFigures.insert("population")
          }
        }
        if Int.random(in: 0..<3, using: &rng) == 0 {
          let delta = Int.random(in: -50...250, using: &rng)
          // Clamped at 99.99%: a step up from there changes nothing.
          let value = min(9_999, max(1, internet + delta))
          if value != internet {
            internet = value
            changedFigures.insert("internet-users")
          }
        }
      }
      let name = entry.name.uppercased()
      let text = SyntheticCorpus.document(
        name: name, states: states, population: population, internet: internet, date: date)
      result.append(
        Revision(
          country: entry.code, date: date, text: text, changedIndicators: changedIndicators,
          changedFigures: changedFigures,
          changedSources: changedSources,
          statuses: Dictionary(
            uniqueKeysWithValues: zip(catalog.indicators.map(\.number), states.map(\.status)))))
    }
    return result
  }

  /// Every revision of every country, country by country.
  public func all() -> [Revision] { (0..<countries).flatMap(series) }

  /// Writes `<slug>/<date>.txt` files under `directory`; returns the total bytes written.
  @discardableResult
  public func write(to directory: URL) throws -> Int {
    var bytes = 0
    for index in 0..<countries {
      for revision in series(index) {
        let slug = CountryDirectory.standard.entry(code: revision.country)?.slug ?? revision.country
        let folder = directory.appendingPathComponent(slug)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let data = Data(revision.text.utf8)
        try data.write(to: folder.appendingPathComponent("\(revision.date.iso).txt"))
        bytes += data.count
      }
    }
    return bytes
  }

  static func document(
    name: String, states: [IndicatorState], population: Int, internet: Int, date: ProfileDate
  ) -> String {
    let catalog = IndicatorCatalog.cyberwellness2015
    var lines = [
      "CYBERWELLNESS PROFILE", name, "BACKGROUND",
      "Total Population: \(IndicatorCatalog.Figure.Unit.count.format(String(population)))",
      "(data source: [Synthetic Statistics](#), December \(date.year - 1))",
      "Internet users, percentage of population: \(internet / 100).\(String(format: "%02d", internet % 100))%",
      "(data source: [Synthetic Statistics](#), December \(date.year - 1))",
    ]
    for group in catalog.groups {
      lines.append(
        group.number.contains(".")
          ? "\(group.number) \(group.title)" : "\(group.number). \(group.title)")
      for (indicator, state) in zip(catalog.indicators, states)
      where indicator.number.hasPrefix(group.number + ".")
        && indicator.number.split(separator: ".").count == group.number.split(separator: ".").count
          + 1
      {
        lines.append("\(indicator.number) \(indicator.title)")
        lines.append(state.text(indicator, country: name.capitalized))
      }
    }
    lines.append("DISCLAIMER: Synthetic test document generated by ProfileLedger; not ITU data.")
    lines.append("Last updated on \(date.long)")
    return lines.joined(separator: "\n\n") + "\n"
  }
}

/// The generator's state of one indicator: a status, a wording variant and listed items.
struct IndicatorState: Hashable, Sendable {
  var status: IndicatorStatus
  var variant: Int
  var items: [String]

  static func initial(_ indicator: IndicatorCatalog.Indicator, using rng: inout SeededRandom)
    -> IndicatorState
  {
    var state = IndicatorState(status: .absent, variant: 0, items: [])
    if indicator.isList {
      state.items = (0..<Int.random(in: 0...2, using: &rng)).map { _ in instrument(using: &rng) }
      state.status = state.items.isEmpty ? .absent : .present
    } else if indicator.number == "1.4.3" {
      state.status = .unknown
    } else {
      state.status = [.absent, .absent, .partial, .present].randomElement(using: &rng)!
      if state.status == .present { state.items = [body(using: &rng)] }
    }
    return state
  }

  /// One change of the kinds real re-issues make: progress, regression, new or repealed
  /// instruments, or a rewording.
  mutating func mutate(_ indicator: IndicatorCatalog.Indicator, using rng: inout SeededRandom) {
    if indicator.isList {
      if items.isEmpty || Bool.random(using: &rng) {
        items.append(IndicatorState.instrument(using: &rng))
      } else {
        items.remove(at: Int.random(in: 0..<items.count, using: &rng))
      }
      status = items.isEmpty ? .absent : .present
      return
    }
    if status == .unknown { return }
    switch Int.random(in: 0..<4, using: &rng) {
    case 0:  // reworded
      variant = (variant + 1) % 2
    case 1 where status != .present:  // progress
      status = status == .absent ? .partial : .present
      if status == .present { items = [IndicatorState.body(using: &rng)] }
    case 2 where status != .absent:  // regression
      status = status == .present ? .partial : .absent
      items = []
    default:
      if status == .present {
        items = [IndicatorState.body(using: &rng)]  // renamed body
      } else {
        variant = (variant + 1) % 2
      }
    }
  }

  func text(_ indicator: IndicatorCatalog.Indicator, country: String) -> String {
    let subject = indicator.title.lowercased()
    if indicator.isList {
      let lead =
        "Specific legislation on \(subject) has been enacted through the following instruments:"
      return items.isEmpty
        ? lead + "\n-None." : lead + "\n" + items.map { "- \($0)" }.joined(separator: "\n")
    }
    switch status {
    case .absent:
      return variant == 0
        ? "\(country) does not have an officially recognized national framework for \(subject)."
        : "There is no officially recognized national framework for \(subject) in \(country)."
    case .partial:
      return variant == 0
        ? "\(country) is presently working on establishing a national framework for \(subject)."
        : "\(country) will be establishing a national framework for \(subject) by end of next year."
    case .present:
      let name = items.first ?? "the National Office"
      return variant == 0
        ? "\(country) has an officially recognized national framework for \(subject) known as \(name)."
        : "\(country) has an officially approved national framework for \(subject) known as \(name)."
    case .unknown:
      return
        "\(country) does not have the exact number of public sector professionals certified in \(subject)."
    case .missing:
      return ""
    }
  }

  static let nouns = ["Cyber", "Data", "Network", "Digital", "Information", "Electronic", "Online"]
  static let acts = ["Crimes", "Security", "Protection", "Transactions", "Evidence", "Safety"]

  static func instrument(using rng: inout SeededRandom) -> String {
    "\(nouns.randomElement(using: &rng)!) \(acts.randomElement(using: &rng)!) Act \(Int.random(in: 1995...2014, using: &rng))"
  }

  static func body(using rng: inout SeededRandom) -> String {
    "\(nouns.randomElement(using: &rng)!)-\(Int.random(in: 100...999, using: &rng)) Centre"
  }
}

extension ProfileDate {
  /// The date `days` later.
  public func adding(days: Int) -> ProfileDate {
    var (y, m, d) = (year, month, day + days)
    while d > ProfileDate.daysIn(month: m, year: y) {
      d -= ProfileDate.daysIn(month: m, year: y)
      m += 1
      if m > 12 {
        m = 1
        y += 1
      }
    }
    return ProfileDate(year: y, month: m, day: d)!
  }
}
