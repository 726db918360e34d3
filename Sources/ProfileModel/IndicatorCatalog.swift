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
  /// Status rules, tried in order; the first that matches decides.
  public var statusRules: [StatusRule]
  /// The status of a section with text that no rule matches.
  public var defaultStatus: IndicatorStatus
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

  /// One status rule: a status and what must hold for it.
  ///
  /// `phrases` match case-insensitively at word boundaries; a trailing `*` matches any word
  /// ending (`draft*` matches "drafted"). `when` tests the section's list instead:
  /// `empty-list` ("-None.") or `listed-items`.
  public struct StatusRule: Hashable, Codable, Sendable {
    public var status: IndicatorStatus
    public var phrases: [String]?
    public var when: Condition?
    /// Restricts the rule to these indicator numbers.
    public var indicators: [String]?

    public enum Condition: String, Hashable, Codable, Sendable {
      case emptyList = "empty-list"
      case listedItems = "listed-items"
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
    for (index, rule) in statusRules.enumerated() {
      if (rule.phrases == nil) == (rule.when == nil) {
        problems.append("status rule \(index + 1) needs exactly one of 'phrases' or 'when'")
      }
      for phrase in rule.phrases ?? [] where phrase != phrase.lowercased() || phrase.isEmpty {
        problems.append("status rule \(index + 1): phrase '\(phrase)' must be non-empty lower case")
      }
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
