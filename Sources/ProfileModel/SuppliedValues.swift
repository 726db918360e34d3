/// Values a reader is given for what a document does not say: its revision date when it
/// was cut off before its "Last updated" line, its country when no table knows the name.
///
/// A supplied value fills a gap, never overrides: where the document gives a value of its
/// own and the two differ, reading it is an error naming both. The reading then records
/// which of its values were supplied (``SuppliedField``) rather than read.
public struct SuppliedValues: Hashable, Sendable {
  /// The revision date to use when the document gives none.
  public var date: ProfileDate?
  /// The ISO 3166-1 alpha-3 code of the country to use when the document's name is unknown.
  public var country: String?

  public init(date: ProfileDate? = nil, country: String? = nil) {
    self.date = date
    self.country = country
  }

  /// Nothing supplied: the document alone decides.
  public static let none = SuppliedValues()

  public var isEmpty: Bool { date == nil && country == nil }
}

/// A value of a reading that was supplied by whoever recorded it, not read from the document.
public enum SuppliedField: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
  case country
  case date

  public static func < (a: SuppliedField, b: SuppliedField) -> Bool { a.rawValue < b.rawValue }

  /// `country,date`: how a set of supplied fields is stored and hashed, in a fixed order.
  public static func stored(_ fields: some Sequence<SuppliedField>) -> String? {
    let sorted = Set(fields).sorted()
    return sorted.isEmpty ? nil : sorted.map(\.rawValue).joined(separator: ",")
  }

  /// The fields of a stored `country,date`; `nil` when a name is not a field.
  public static func fields(stored: String) -> [SuppliedField]? {
    var fields: [SuppliedField] = []
    for name in stored.split(separator: ",", omittingEmptySubsequences: false) {
      guard let field = SuppliedField(rawValue: String(name)) else { return nil }
      fields.append(field)
    }
    return fields
  }
}
