import ProfileModel

/// Parsing many documents at once, on every core.
public enum IngestBatch {
  /// How many documents go into one store transaction.
  public static let size = 256

  /// The readings of `documents`, in order, parsed concurrently.
  public static func parse(_ documents: [[UInt8]], with parser: ProfileParser) -> [ParseResult] {
    documents.concurrentMap { parser.parse(bytes: $0) }
  }

  /// ``parse(_:with:)`` with the same values supplied for every document.
  public static func parse(
    _ documents: [[UInt8]], with parser: ProfileParser, supplied: SuppliedValues
  ) -> [ParseResult] {
    if supplied.isEmpty { return parse(documents, with: parser) }
    return documents.concurrentMap { parser.parse(bytes: $0, supplied: supplied) }
  }
}
