import Foundation

/// A document that cannot be read, or a directory that holds none.
public enum DocumentFileError: Error, Hashable, Sendable, CustomStringConvertible {
  case cannotRead(path: String, reason: String)
  /// A directory with no document of the kinds looked for (`.txt` or `.pdf`).
  case noDocuments(path: String)

  public var description: String {
    switch self {
    case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
    case .noDocuments(let path): "no .txt or .pdf documents under \(path)"
    }
  }
}

/// The documents named by paths: files, directories of them, or standard input (`-`).
public enum DocumentFiles {
  /// The bytes of `path`, or of standard input for `-`.
  public static func read(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw DocumentFileError.cannotRead(path: path, reason: "no such file")
    }
    if isDirectory.boolValue {
      throw DocumentFileError.cannotRead(path: path, reason: "is a directory")
    }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw DocumentFileError.cannotRead(
        path: path, reason: (error as NSError).localizedDescription)
    }
  }

  /// The text of the document at `path` (standard input for `-`): its bytes, or, for a PDF
  /// (known by its first bytes, whatever its name), the text `pdftotext` extracts.
  public static func text(_ path: String) throws -> [UInt8] {
    let bytes = Array(try read(path))
    return PDFText.isPDF(bytes) ? try PDFText.extract(bytes, path: path) : bytes
  }

  /// Those of `files` (as ``expand(_:)`` gives them) that cannot be read, each with the
  /// reason: not there, or not readable by this process. A run that must not stop half-way
  /// for a mistyped path checks them all before it reads any. Standard input (`-`) is
  /// never among them.
  public static func unreadable(_ files: [String]) -> [(path: String, reason: String)] {
    files.compactMap { path in
      if path == "-" { return nil }
      guard FileManager.default.fileExists(atPath: path) else { return (path, "no such file") }
      guard access(path, R_OK) == 0 else {
        return (path, String(cString: strerror(errno)).lowercased())
      }
      return nil
    }
  }

  /// Files as given; directories expanded to the `.txt` and `.pdf` files under them, in path
  /// order.
  public static func expand(_ paths: [String]) throws -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        files.append(path)
        continue
      }
      let prefix = path.hasSuffix("/") ? path : path + "/"
      // A directory named through a symbolic link is searched where the link points; its
      // files keep the path as given.
      let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      let found = (FileManager.default.enumerator(atPath: target)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".txt") || $0.lowercased().hasSuffix(".pdf") }
        .sorted()
        .map { prefix + $0 }
      guard !found.isEmpty else {
        throw DocumentFileError.noDocuments(path: path)
      }
      files += found
    }
    return files
  }
}
