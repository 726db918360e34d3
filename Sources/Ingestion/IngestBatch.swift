import ParallelMap
import ProfileModel
import ProfileParsing

/// Parsing many documents at once, on every core.
public enum IngestBatch {
  /// How many documents go into one store transaction.
  public static let size = 128

  /// The readings of `documents`, in order, parsed concurrently, with the same values
  /// supplied for every document.
  public static func parse(
    _ documents: [[UInt8]], with parser: ProfileParser, supplied: SuppliedValues = .none
  ) -> [ParseResult] {
    documents.concurrentMap { parser.parse(bytes: $0, supplied: supplied) }
  }
}
