/// What can go wrong moving the log in or out of a store as a log file (``LogFile``).
public enum LogFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A line of the file is malformed, altered or inconsistent; lines count from 1.
  case invalidLine(line: Int, message: String)
  /// The file and the store disagree: their logs diverge, or the store is ahead of the file.
  case diverges(line: Int, seq: Int, message: String)
  /// The store's own log fails its hashes; it is not exported until `verify` passes.
  case damagedStore(path: String, seq: Int, message: String)

  /// The line of the file at fault, when there is one.
  public var line: Int? {
    switch self {
    case .invalidLine(let line, _), .diverges(let line, _, _): line
    case .damagedStore: nil
    }
  }

  /// What is wrong, without the file and line.
  public var message: String {
    switch self {
    case .invalidLine(_, let message), .diverges(_, _, let message): message
    case .damagedStore(_, let seq, let message):
      "event \(seq): \(message); run 'profiles verify'"
    }
  }

  public var description: String {
    switch self {
    case .invalidLine(let line, let message), .diverges(let line, _, let message):
      "line \(line): \(message)"
    case .damagedStore(let path, _, _):
      "\(path): \(message)"
    }
  }
}
