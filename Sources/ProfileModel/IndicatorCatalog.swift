import Foundation

/// The profile template: headings, indicators, pillars, figures and the phrase rules that
/// read a status.
///
/// The catalog is data (`Schema/cyberwellness-2015.json`), embedded in the binary. The parser
/// is driven by it, so a later template is a new catalog, not new code.
public struct IndicatorCatalog: Hashable, Codable, Sendable {
  public var id: String
  public var version: Int
  public var description: String
  /// The document's title line, e.g. `CYBERWELLNESS PROFILE`.
  public var title: String
  public var backgroundHeading: String
  /// Other spellings of the background heading that documents print (`BACKROUND`).
  public var backgroundAliases: [String]?
  /// `Last updated on`: the line that carries the effective date.
  public var dateLinePrefix: String
  /// Lines that end the last section (`DISCLAIMER`, …).
  public var endMarkers: [String]
  /// The closing lines a rendered document carries.
  public var footer: [String]
  /// PDF running headers to drop wherever they appear.
  public var runningHeaders: [String]
  public var pillars: [Pillar]
  public var figures: [Figure]
  /// The lead-in of a data-source line, inside its parentheses.
  public var dataSourcePrefix: String
  public var groups: [Group]
  public var indicators: [Indicator]
  /// Phrases that end a sentence introducing a list ("through the following instruments:").
  public var listLeadIns: [String]
  /// List items that mean "no items" (`-None.`).
  public var noneItems: [String]
  /// The phrases a status rests on, by the kind of evidence they are.
  public var statusEvidence: EvidencePhrases
  /// The status of a section with text that no rule decides; such a reading is marked for
  /// review. Never `present`: progress is only ever read from positive evidence.
  public var undecidedStatus: IndicatorStatus
  /// How named items are captured from prose ("known as X").
  public var itemCaptures: [ItemCapture]

  /// A Global Cybersecurity Index pillar.
  public struct Pillar: Hashable, Codable, Sendable {
    public var id: String
    public var title: String
  }

  /// A background figure the document states.
  public struct Figure: Hashable, Codable, Sendable {
    public var id: String
    /// The label before the colon, e.g. `Total Population`.
    public var label: String
    public var unit: Unit

    public enum Unit: String, Hashable, Codable, Sendable {
      case count
      case percent
    }
  }

  /// A numbered heading that groups indicators (`1.1 LEGAL MEASURES`).
  public struct Group: Hashable, Codable, Sendable {
    public var number: String
    public var title: String
    public var aliases: [String]?
  }

  /// One indicator section (`1.2.1 CIRT`).
  public struct Indicator: Hashable, Codable, Sendable {
    public var number: String
    public var title: String
    public var pillar: String
    /// Whether the section is a list of instruments ("-None." means none).
    public var list: Bool?
    public var aliases: [String]?

    public var isList: Bool { list ?? false }
  }

  /// The phrases a status rests on, grouped by what they are evidence of.
  ///
  /// Phrases match case-insensitively at word boundaries; a trailing `*` matches any word
  /// ending (`draft*` matches "drafted"). Where phrases overlap, the longest wins: "no" inside
  /// "no declarations" (neutral) or "does not have the exact number" (unknown) is not a
  /// negation. How the kinds combine into a status is the reader's `StatusReader`, documented
  /// there: statements are read clause by clause, and a negation rules its clause.
  public struct EvidencePhrases: Hashable, Codable, Sendable {
    /// The document says it has no figure or no information: `unknown`.
    public var unknown: [String]
    /// Work under way, planned or limited: `partial`.
    public var partial: [String]
    /// A statement that something is not there: `absent` ("does not have", "there is no").
    public var negation: [String]
    /// A statement that something is there: `present` ("has an officially recognized", "is a
    /// member", "has acceded").
    public var affirmation: [String]
    /// Phrases with a negative word that negate nothing ("no declarations or reservations",
    /// "not only", "Act No. 5"): they only hide the words inside them.
    public var neutral: [String]
    /// Words that start a new clause ("however", "but"): a negation's scope ends there.
    public var clauseBreaks: [String]

    /// Every kind with its phrases, in a fixed order.
    public var kinds: [(name: String, phrases: [String])] {
      [
        ("unknown", unknown), ("partial", partial), ("negation", negation),
        ("affirmation", affirmation), ("neutral", neutral), ("clauseBreaks", clauseBreaks),
      ]
    }
  }

  /// Captures a named item from prose, in sections read as present or partial.
  ///
  /// `after`: the words after the phrase up to the end of the clause ("known as CERT-BZ").
  /// `before`: the clause before the phrase, split at "and the" / ", the"
  /// ("The Ministry and the Police are the agencies responsible").
  public struct ItemCapture: Hashable, Codable, Sendable {
    public var after: String?
    public var before: String?
  }

  /// The SHA-256 of the catalog's content (sorted-key JSON), hex: what a reader that is
  /// driven by the catalog reads with. Any change to headings, phrases or rules changes it.
  public var digest: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    // Encoding plain values and arrays cannot fail.
    let data = (try? encoder.encode(self)) ?? Data()
    return CanonicalJSON.sha256Hex(data)
  }

  /// The indicator with number `number`.
  public func indicator(_ number: String) -> Indicator? {
    indicators.first { $0.number == number }
  }

  /// The pillar an indicator belongs to.
  public func pillar(of indicatorNumber: String) -> Pillar? {
    guard let indicator = indicator(indicatorNumber) else { return nil }
    return pillars.first { $0.id == indicator.pillar }
  }
}

extension IndicatorCatalog {
  /// The catalog of the 2015 Cyberwellness template, as embedded from `Schema/`.
  public static let cyberwellness2015: IndicatorCatalog = EmbeddedSchema.decode(
    IndicatorCatalog.self, file: "cyberwellness-2015.json")

  /// Checks the catalog's internal consistency; returns one message per problem.
  ///
  /// Used by tests and when loading a catalog from a file, so that a broken template is a
  /// clear message rather than a parser that silently reads nothing.
  public func problems() -> [String] {
    var problems: [String] = []
    let pillarIDs = Set(pillars.map(\.id))
    var seen = Set<String>()
    for number in groups.map(\.number) + indicators.map(\.number) {
      if !seen.insert(number).inserted { problems.append("number \(number) is used twice") }
    }
    for indicator in indicators where !pillarIDs.contains(indicator.pillar) {
      problems.append("indicator \(indicator.number) names unknown pillar '\(indicator.pillar)'")
    }
    var kindOfPhrase: [String: String] = [:]
    for (kind, phrases) in statusEvidence.kinds {
      for phrase in phrases {
        if phrase != phrase.lowercased() || phrase.isEmpty {
          problems.append("statusEvidence.\(kind): phrase '\(phrase)' must be non-empty lower case")
        }
        if let other = kindOfPhrase.updateValue(kind, forKey: phrase) {
          problems.append("phrase '\(phrase)' is both in statusEvidence.\(other) and .\(kind)")
        }
      }
    }
    if undecidedStatus == .present {
      problems.append("undecidedStatus must not be present: progress needs evidence")
    }
    for capture in itemCaptures where (capture.after == nil) == (capture.before == nil) {
      problems.append("item capture needs exactly one of 'after' or 'before'")
    }
    return problems
  }
}

extension IndicatorCatalog.Figure.Unit {
  /// A figure's value the way documents print it: `324000` → `324 000`, `31.70` → `31.70%`,
  /// no value → `n/a`.
  public func format(_ value: String?) -> String {
    guard let value else { return "n/a" }
    switch self {
    case .percent:
      return value + "%"
    case .count:
      var groups: [Substring] = []
      var rest = Substring(value)
      while rest.count > 3 {
        groups.insert(rest.suffix(3), at: 0)
        rest = rest.dropLast(3)
      }
      groups.insert(rest, at: 0)
      return groups.joined(separator: " ")
    }
  }
}
