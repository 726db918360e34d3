/// How a profile reports one indicator.
///
/// `absent < partial < present` is the order of progress; `unknown` (the document says it has
/// no figure) and `missing` (the document has no such section) are outside that order.
public enum IndicatorStatus: String, Hashable, Codable, Sendable, CaseIterable {
  case present
  case partial
  case absent
  case unknown
  case missing

  /// The rank on the progress scale, or `nil` for `unknown` and `missing`.
  public var progressRank: Int? {
    switch self {
    case .absent: 0
    case .partial: 1
    case .present: 2
    case .unknown, .missing: nil
    }
  }
}

/// Status-keyed dictionaries (counts per status) encode as JSON objects, not as arrays.
extension IndicatorStatus: CodingKeyRepresentable {}
