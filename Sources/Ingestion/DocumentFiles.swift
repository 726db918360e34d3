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
  public static func unreadable(_ files: some Sequence<String>) -> [(
    path: String, reason: String
  )] {
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
    try expand(paths) { files.append($0) }
    return files
  }

  /// ``expand(_:)`` as a ``DocumentList``, which holds many paths in little memory.
  public static func list(_ paths: [String]) throws -> DocumentList {
    var files = DocumentList()
    try expand(paths) { files.append($0) }
    files.shrink()
    return files
  }

  private static func expand(_ paths: [String], into add: (String) -> Void) throws {
    for path in paths {
      var isDirectory: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        add(path)
        continue
      }
      let prefix = path.hasSuffix("/") ? path : path + "/"
      // A directory named through a symbolic link is searched where the link points; its
      // files keep the path as given.
      let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      var found: [String] = []
      if let names = FileManager.default.enumerator(atPath: target) {
        while let name = names.nextObject() as? String {
          if name.hasSuffix(".txt") || name.lowercased().hasSuffix(".pdf") { found.append(name) }
        }
      }
      guard !found.isEmpty else {
        throw DocumentFileError.noDocuments(path: path)
      }
      for name in found.sorted() { add(prefix + name) }
    }
  }
}

/// Paths in order, held in little memory: each as the bytes it does not share with the path
/// before it (every 32nd whole), so that 100,000 paths under a few folders take about a
/// megabyte rather than ten. A path is made again when it is read, from at most 32 entries.
public struct DocumentList: RandomAccessCollection, Sendable, Equatable {
  /// Each path as how many bytes it shares with the path before it and how many follow (two
  /// LEB128 numbers), then those bytes.
  private var bytes: [UInt8] = []
  /// Where every `restart`th path starts in `bytes`; those share nothing.
  private var restarts: [Int] = []
  /// The last path's bytes, to compare the next one with.
  private var last: [UInt8] = []
  public private(set) var endIndex = 0
  private static let restart = 32

  public init() {}

  public init(_ paths: some Sequence<String>) {
    for path in paths { append(path) }
    shrink()
  }

  public var startIndex: Int { 0 }

  public mutating func append(_ path: String) {
    let path = Array(path.utf8)
    var shared = 0
    if endIndex % Self.restart == 0 {
      restarts.append(bytes.count)
    } else {
      let limit = Swift.min(path.count, last.count)
      while shared < limit, path[shared] == last[shared] { shared += 1 }
    }
    Self.appendNumber(shared, to: &bytes)
    Self.appendNumber(path.count - shared, to: &bytes)
    bytes += path[shared...]
    last = path
    endIndex += 1
  }

  /// Gives back the memory the list grew into and does not use.
  public mutating func shrink() {
    bytes = bytes.withUnsafeBufferPointer { Array($0) }
    restarts = restarts.withUnsafeBufferPointer { Array($0) }
  }

  public subscript(position: Int) -> String {
    precondition(indices.contains(position), "index \(position) out of range")
    var offset = restarts[position / Self.restart]
    var path: [UInt8] = []
    for _ in 0...(position % Self.restart) {
      let shared = Self.number(in: bytes, at: &offset)
      let length = Self.number(in: bytes, at: &offset)
      path.removeSubrange(shared...)
      path += bytes[offset..<(offset + length)]
      offset += length
    }
    return String(decoding: path, as: UTF8.self)
  }

  private static func appendNumber(_ value: Int, to bytes: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(value & 0x7F) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  private static func number(in bytes: [UInt8], at offset: inout Int) -> Int {
    var value = 0
    var shift = 0
    while true {
      let byte = bytes[offset]
      offset += 1
      value |= Int(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }
}
