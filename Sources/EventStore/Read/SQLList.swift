import Foundation

/// Many values as one argument of a statement: a JSON array, which
/// `IN (SELECT value FROM json_each(?))` (or a join on `json_each(?)`) reads back. A query
/// over a set of revisions is then one statement however many it names, and its text does
/// not change with their number, so that it is prepared once.
enum SQLList {
  /// `[1,2,3]`: event numbers.
  static func seqs(_ values: some Sequence<Int>) -> String {
    "[" + values.lazy.map(String.init).joined(separator: ",") + "]"
  }

  /// `["BLZ","HTI"]`, or nested arrays of strings.
  static func json(_ values: some Encodable) -> String {
    guard let data = try? JSONEncoder().encode(values) else { return "[]" }
    return String(decoding: data, as: UTF8.self)
  }
}
