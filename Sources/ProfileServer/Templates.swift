/// The page templates, compiled into the binary from `Templates/*.mustache` so that it runs
/// alone from any directory (`EmbeddedTemplates+Files.swift` is generated from them, and a
/// test checks that it is up to date).
enum Templates {
  /// The templates, parsed; each page includes the partials `head` and `foot`.
  static func library() throws -> TemplateLibrary {
    try TemplateLibrary(files: files)
  }

  /// A short digest of every template, part of each ETag: a new binary that renders
  /// differently never matches a tag an older one gave.
  static let version: String = {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (name, text) in files.sorted(by: { $0.key < $1.key }) {
      for byte in (name + "\u{0}" + text).utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    return String(String(hash, radix: 16).suffix(8))
  }()
}

extension TemplateLibrary {
  /// The page `name` rendered from `view`; empty if there is no such template.
  func page(_ name: String, _ view: some PageView) -> String {
    guard let value = try? TemplateValue(view) else { return "" }
    return render(name, value) ?? ""
  }
}
