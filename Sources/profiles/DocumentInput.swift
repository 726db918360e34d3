import Foundation
import ProfileParsing

/// Errors the command reports with `Error: …` and exit code 1.
enum ProfilesError: Error, CustomStringConvertible {
  case cannotRead(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  case noDocuments(path: String)
  case noStore(path: String)
  case notRecorded(country: String, detail: String)

  var description: String {
    switch self {
    case .noStore(let path):
      "no store at \(path) (record documents with 'profiles ingest', or name one with --db)"
    case .notRecorded(let country, let detail): "\(country): \(detail)"
    case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .noDocuments(let path): "no .txt documents under \(path)"
    }
  }
}

/// Reading the documents named on the command line.
enum DocumentInput {
  /// The bytes of `path`, or of standard input for `-`.
  static func read(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ProfilesError.cannotRead(path: path, reason: "no such file")
    }
    if isDirectory.boolValue {
      throw ProfilesError.cannotRead(path: path, reason: "is a directory")
    }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ProfilesError.cannotRead(path: path, reason: (error as NSError).localizedDescription)
    }
  }

  /// Files as given; directories expanded to the `.txt` files under them, in path order.
  static func expand(_ paths: [String]) throws -> [String] {
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
      let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".txt") }
        .sorted()
        .map { prefix + $0 }
      guard !found.isEmpty else { throw ProfilesError.noDocuments(path: path) }
      files += found
    }
    return files
  }
}

/// Writing to standard error.
enum StandardError {
  static func write(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }
}
