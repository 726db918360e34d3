import Foundation
import NIOCore

/// The server could not listen on its address, and served nothing: the port is in use, the
/// host is not one of this machine's addresses, a port below 1024 needs privileges, …
public struct ListenFailure: Error, CustomStringConvertible {
  public var host: String
  public var port: Int
  /// The system's error number, when the system refused (`EADDRINUSE`, `EACCES`, …).
  public var code: Int32?
  /// Why, in words: "the address is already in use".
  public var reason: String

  init(host: String, port: Int, error: any Error) {
    self.host = host
    self.port = port
    switch error {
    case let error as IOError:
      code = error.errnoCode
      reason = ListenFailure.reason(errno: error.errnoCode)
    case let error as SocketAddressError.UnknownHost:
      code = nil
      reason =
        "no address is known for host '\(error.host)' (\(error.errorDescription.lowercased()))"
    default:
      code = nil
      reason = "\(error)"
    }
  }

  /// `cannot listen on 127.0.0.1:8080: the address is already in use`.
  public var description: String { "cannot listen on \(host):\(port): \(reason)" }

  /// The system's reason for `errno`, with the common ones in plain words.
  static func reason(errno: Int32) -> String {
    switch errno {
    case EADDRINUSE: "the address is already in use"
    case EADDRNOTAVAIL: "the address is not one of this machine's"
    case EACCES: "permission denied (ports below 1024 need privileges)"
    default: String(cString: strerror(errno)).lowercased()
    }
  }

  /// Whether a server has started listening, told from the thread it starts on.
  final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private var started = false

    func listened() { lock.withLock { started = true } }
    var hasListened: Bool { lock.withLock { started } }
  }
}
