import Foundation

/// The files of a folder, embedded in the binary as a generated Swift source, so that the
/// binary runs alone from any directory: what runs must be what is reviewed. A test compares
/// the committed source with what the folder's files give, and writes it when recording.
public struct EmbeddedFiles {
  /// The folder whose files are embedded.
  public let folder: URL
  /// The generated Swift source.
  public let generated: URL
  /// The type the generated extension adds `files` to.
  public let type: String
  /// The test that regenerates the source, for its header.
  public let test: String
  /// What to do instead of editing the generated file, for its header.
  public let advice: String
  /// The name a file is embedded under, or nil to leave it out.
  public let embeddedName: @Sendable (String) -> String?

  public init(
    folder: String, generated: String, type: String, test: String, advice: String,
    embeddedName: @escaping @Sendable (String) -> String?
  ) {
    self.folder = SourceTree.root().appendingPathComponent(folder)
    self.generated = SourceTree.root().appendingPathComponent(generated)
    self.type = type
    self.test = test
    self.advice = advice
    self.embeddedName = embeddedName
  }

  /// The folder's embedded files, by name, with their text.
  public func files() throws -> [(name: String, text: String)] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().compactMap { file in
      guard let name = embeddedName(file) else { return nil }
      let data = try Data(contentsOf: folder.appendingPathComponent(file))
      return (name, String(decoding: data, as: UTF8.self))
    }
  }

  /// The Swift source that embeds `files`.
  public func source(for files: [(name: String, text: String)]) -> String {
    let origin = folder.path.dropFirst(SourceTree.root().path.count + 1)
    var lines = [
      "// swift-format-ignore-file",
      "// Generated from \(origin)/ by `PROFILES_RECORD=1 swift test --filter \(test)`.",
      "// Do not edit: \(advice)",
      "",
      "extension \(type) {",
      "  static let files: [String: String] = [",
    ]
    for file in files {
      lines.append("    \"\(file.name)\": #\"\"\"")
      lines.append(file.text + "\n\"\"\"#,")
    }
    lines += ["  ]", "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The committed source and the one the folder's files give; the committed one is first
  /// rewritten when recording.
  public func committedAndExpected() throws -> (committed: String, expected: String) {
    let expected = source(for: try files())
    if Golden.isRecording { try Data(expected.utf8).write(to: generated) }
    return (String(decoding: try Data(contentsOf: generated), as: UTF8.self), expected)
  }
}
