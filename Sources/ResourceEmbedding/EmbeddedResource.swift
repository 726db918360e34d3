import Foundation

/// A generated Swift source that embeds files of the repository in a module, so that the
/// binary runs alone from any directory: what runs must be what is reviewed.
///
/// Each module owns its files: the catalog and the country table are the model's, the
/// store's SQL and compression dictionary the store's, the API document and the page
/// templates the server's. `swift run embed-resources` writes every generated source;
/// `EmbeddedResourceTests` fails when one differs from what its files give.
public struct EmbeddedResource: Sendable {
  /// The generated source, relative to the package root.
  public let generated: String
  /// The type whose extension the source adds `files` to.
  public let type: String
  /// The folder the files are taken from, relative to the package root.
  public let folder: String
  /// The name a file of `folder` is embedded under, or `nil` to leave it out.
  public let embeddedName: @Sendable (String) -> String?

  public init(
    generated: String, type: String, folder: String,
    embeddedName: @escaping @Sendable (String) -> String?
  ) {
    self.generated = generated
    self.type = type
    self.folder = folder
    self.embeddedName = embeddedName
  }

  /// Every generated source of the package.
  public static let all: [EmbeddedResource] = [
    EmbeddedResource(
      generated: "Sources/ProfileModel/EmbeddedSchema+Files.swift", type: "EmbeddedSchema",
      folder: "Schema",
      embeddedName: { ["cyberwellness-2015.json", "countries.json"].contains($0) ? $0 : nil }),
    EmbeddedResource(
      generated: "Sources/EventStore/Store/StoreResources+Files.swift", type: "StoreResources",
      folder: "Schema",
      embeddedName: {
        ($0.hasPrefix("ledger") && $0.hasSuffix(".sql")) || $0 == "zlib-dictionary.txt" ? $0 : nil
      }),
    EmbeddedResource(
      generated: "Sources/PostgresStore/PostgresResources+Files.swift",
      type: "PostgresResources", folder: "Schema/postgres",
      embeddedName: { $0.hasSuffix(".sql") ? $0 : nil }),
    EmbeddedResource(
      generated: "Sources/ProfileServer/ServerResources+Files.swift", type: "ServerResources",
      folder: "Schema",
      embeddedName: { $0 == "openapi.json" || $0 == "changelog.schema.json" ? $0 : nil }),
    EmbeddedResource(
      generated: "Sources/ProfileServer/EmbeddedTemplates+Files.swift", type: "Templates",
      folder: "Sources/ProfileServer/Templates",
      embeddedName: {
        $0.hasSuffix(".mustache") ? String($0.dropLast(".mustache".count)) : nil
      }),
  ]

  /// The embedded files under `root`, by embedded name, in name order.
  public func files(root: URL) throws -> [(name: String, text: String)] {
    let directory = root.appendingPathComponent(folder)
    return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
      .compactMap { file in
        guard let name = embeddedName(file) else { return nil }
        let data = try Data(contentsOf: directory.appendingPathComponent(file))
        return (name, String(decoding: data, as: UTF8.self))
      }
      .sorted { $0.name < $1.name }
  }

  /// The Swift source that embeds the files under `root`.
  public func source(root: URL) throws -> String {
    var lines = [
      "// swift-format-ignore-file",
      "// Generated from \(folder)/ by `swift run embed-resources`. Do not edit: change the files",
      "// there and run it again.",
      "",
      "extension \(type) {",
      "  static let files: [String: String] = [",
    ]
    for file in try files(root: root) {
      lines.append("    \"\(file.name)\": #\"\"\"")
      lines.append(file.text + "\n\"\"\"#,")
    }
    lines += ["  ]", "}"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The generated source as committed under `root`.
  public func committed(root: URL) throws -> String {
    String(decoding: try Data(contentsOf: root.appendingPathComponent(generated)), as: UTF8.self)
  }

  /// The package root: the nearest directory above `file` that holds `Package.swift`.
  public static func packageRoot(from file: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: file).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
      url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }
}
