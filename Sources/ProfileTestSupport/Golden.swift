import Foundation
import ResourceEmbedding

/// Golden files: expected outputs committed beside the tests and reviewed in diffs.
///
/// `expectGolden` compares `actual` with the file; with `PROFILES_RECORD=1` in the
/// environment it writes the file instead, so a deliberate change is one re-run and a diff.
public enum Golden {
  /// Whether this run re-records golden files.
  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["PROFILES_RECORD"] == "1"
  }

  /// The golden file's content, recording `actual` first when recording. Returns `nil` when
  /// the file does not exist (and nothing was recorded).
  public static func expected(_ actual: String, file url: URL) throws -> String? {
    if isRecording {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
    }
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}

/// Locations in the source tree, found from the calling test file's `#filePath`.
public enum SourceTree {
  /// The package root: the nearest ancestor of `filePath` that holds `Package.swift`.
  public static func root(from filePath: String = #filePath) -> URL {
    EmbeddedResource.packageRoot(from: filePath)
  }

  /// The directory of the calling test file.
  public static func directory(of filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent()
  }
}
