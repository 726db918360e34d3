/// One revision's content: everything a profile document says, read into values.
///
/// A `Profile` is what the ledger records and what the diff engine compares. It carries no
/// storage or parsing state; two documents that say the same thing read to equal profiles
/// and so to the same ``contentHash``.
public struct Profile: Hashable, Codable, Sendable {
  /// The catalog (template) the document was read with, e.g. `itu-cyberwellness-2015`.
  public var catalog: String
  public var country: Country
  /// The "Last updated on" date: the revision's effective date.
  public var lastUpdated: ProfileDate
  /// Background figures in catalog order; a figure the document lacks is left out.
  public var figures: [FigureReading]
  /// One reading per catalog indicator, in catalog order; absent sections read as `missing`.
  public var indicators: [IndicatorReading]

  public init(
    catalog: String, country: Country, lastUpdated: ProfileDate, figures: [FigureReading],
    indicators: [IndicatorReading]
  ) {
    self.catalog = catalog
    self.country = country
    self.lastUpdated = lastUpdated
    self.figures = figures
    self.indicators = indicators
  }

  /// The reading of indicator `id` ("1.2.1"), if the catalog has it.
  public func indicator(_ id: String) -> IndicatorReading? {
    indicators.first { $0.id == id }
  }

  /// The figure `id` ("population"), if the document gives it.
  public func figure(_ id: String) -> FigureReading? {
    figures.first { $0.id == id }
  }

  /// How many indicators read with each status.
  public var statusCounts: [IndicatorStatus: Int] {
    indicators.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
  }
}

/// A country as a profile names it.
public struct Country: Hashable, Codable, Sendable {
  /// ISO 3166-1 alpha-3 code, e.g. `BLZ`.
  public var code: String
  /// The name as printed on the document, e.g. `BELIZE` or `KOREA (REP. OF)`.
  public var name: String

  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }
}

/// What one indicator section says.
public struct IndicatorReading: Hashable, Codable, Sendable {
  /// The catalog number, e.g. `1.2.1`.
  public var id: String
  public var status: IndicatorStatus
  /// Named things the section lists or names: instruments, agencies, partner bodies.
  /// In order of first mention; compared as a set by the diff engine.
  public var items: [String]
  /// The section's normalised text: one paragraph per line, list items as `- item` lines,
  /// link markup removed, whitespace collapsed, NFC. Empty when the section is missing.
  public var text: String
  /// Why the reader gave this status: the rule and the words of the text that decided it,
  /// and whether a person should look at it. `nil` for a missing section.
  public var evidence: StatusEvidence?

  public init(
    id: String, status: IndicatorStatus, items: [String] = [], text: String = "",
    evidence: StatusEvidence? = nil
  ) {
    self.id = id
    self.status = status
    self.items = items
    self.text = text
    self.evidence = evidence
  }

  /// Whether `other` says what this reading says — the same id, status, items and text —
  /// whatever evidence the reader gave for it.
  public func saysTheSame(as other: IndicatorReading) -> Bool {
    id == other.id && status == other.status && items == other.items && text == other.text
  }

  /// This reading without the reader's evidence: what the document says, as the store's
  /// projections keep it.
  public var withoutEvidence: IndicatorReading {
    var copy = self
    copy.evidence = nil
    return copy
  }

  /// Whether the reader marked this reading for a person to review.
  public var needsReview: Bool { evidence?.review != nil }
}

/// What an indicator's status rests on: the reader's rule and the words that decided it.
///
/// Kept in the reading, so that an auditor sees why a status was read without running the
/// reader again, and so that the reason is covered by the reading's hash like the rest.
public struct StatusEvidence: Hashable, Codable, Sendable {
  /// The rule that decided: `listed-items`, `empty-list`, `unknown`, `partial`, `negation`,
  /// `affirmation`, or `undecided` when none did.
  public var rule: String
  /// The words of the text that decided, as printed (a phrase, or a listed item); empty when
  /// no words did.
  public var words: String
  /// Why a person should look at this reading — no rule decided, or the text's statements
  /// disagree — or `nil` when the rules agree.
  public var review: String?

  public init(rule: String, words: String, review: String? = nil) {
    self.rule = rule
    self.words = words
    self.review = review
  }
}

/// A background figure (population, internet users) with its data source.
public struct FigureReading: Hashable, Codable, Sendable {
  /// The catalog figure id, e.g. `population`.
  public var id: String
  /// The value as plain decimal digits, separators removed: `324000`, `31.70`.
  /// `nil` when the document prints no readable number.
  public var value: String?
  public var source: DataSource?

  public init(id: String, value: String?, source: DataSource? = nil) {
    self.id = id
    self.value = value
    self.source = source
  }

  /// The value as a number, for arithmetic (deltas); the string stays the canonical form.
  public var number: Double? { value.flatMap(Double.init) }
}

/// Where a figure comes from: "(data source: ITU Statistics, December 2013)".
public struct DataSource: Hashable, Codable, Sendable {
  public var name: String
  /// The period the figure refers to, as printed ("December 2013"); may be empty.
  public var period: String

  public init(name: String, period: String) {
    self.name = name
    self.period = period
  }
}
