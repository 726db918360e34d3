import ProfileModel

/// Parsing many documents at once, on every core.
public enum IngestBatch {
  /// How many documents go into one store transaction.
  public static let size = 256

  /// The readings of `documents`, in order, parsed concurrently.
  public static func parse(_ documents: [[UInt8]], with parser: ProfileParser) -> [ParseResult] {
    documents.concurrentMap { parser.parse(bytes: $0) }
  }
}
