import Foundation
import ProfileServer

/// Errors the command reports with `Error: …` and exit code 1.
enum ProfilesError: Error, CustomStringConvertible {
  case cannotRead(path: String, reason: String)
  case cannotWrite(path: String, reason: String)
  case noStore(path: String)
  case notRecorded(country: String, detail: String)
  /// An ingest that stopped before it read any document.
  case nothingRecorded(reason: String)
  /// `serve` could not listen; the message names the option that chooses another address.
  case cannotListen(ListenFailure)

  var description: String {
    switch self {
    case .noStore(let path):
      "no store at \(path) (record documents with 'profiles ingest', or name one with --db)"
    case .notRecorded(let country, let detail): "\(country): \(detail)"
    case .nothingRecorded(let reason): "\(reason); nothing recorded"
    case .cannotListen(let failure):
      switch failure.code {
      case EADDRINUSE, EACCES: "\(failure); choose another with --port"
      case EADDRNOTAVAIL: "\(failure); choose another with --host"
      default: failure.description
      }
    case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}

/// Writing to standard error.
enum StandardError {
  static func write(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }
}
