import Foundation

/// The files of `Schema/`, compiled into the binary so that it runs alone from any directory.
///
/// `EmbeddedSchema+Files.swift` is generated from `Schema/`; a test checks that every embedded
/// file equals its source byte for byte, and re-records it when `PROFILES_RECORD=1`.
public enum EmbeddedSchema {
  /// The embedded text of `Schema/<name>`, if there is such a file.
  public static func file(_ name: String) -> String? { files[name] }

  /// The names of all embedded files.
  public static var fileNames: [String] { files.keys.sorted() }

  static func decode<T: Decodable>(_ type: T.Type, file name: String) -> T {
    guard let text = files[name] else {
      preconditionFailure("Schema/\(name) is not embedded; re-record EmbeddedSchema+Files.swift")
    }
    do {
      return try JSONDecoder().decode(T.self, from: Data(text.utf8))
    } catch {
      preconditionFailure("embedded Schema/\(name) does not decode: \(error)")
    }
  }
}
