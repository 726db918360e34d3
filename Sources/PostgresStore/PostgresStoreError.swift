import Foundation
import PostgresNIO

/// What can go wrong with a store on a PostgreSQL server, in words a user can act on: the
/// driver's own errors hide the server's message on purpose.
public enum PostgresStoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The server cannot be reached, or refused the connection or the login.
  case cannotConnect(address: String, reason: String)
  /// The database holds no store yet, and a reading command does not create one.
  case noStore(address: String)
  /// The database's store was made by a newer ProfileLedger.
  case newerSchema(address: String, found: String)
  /// Another writer held the log's write lock for longer than the wait allowed.
  case locked(address: String, waited: TimeInterval)
  /// The server refused a statement.
  case server(address: String, message: String)

  public var description: String {
    switch self {
    case .cannotConnect(let address, let reason):
      "\(address): cannot connect (\(reason))"
    case .noStore(let address):
      "\(address): the database holds no ProfileLedger store; a command that records "
        + "(such as ingest) creates one"
    case .newerSchema(let address, let found):
      "\(address) was written by a newer ProfileLedger (schema \(found)); upgrade profiles to use it"
    case .locked(let address, let waited):
      "\(address): the log is locked by another writer; waited \(Int(waited.rounded())) s"
    case .server(let address, let message):
      "\(address): \(message)"
    }
  }

  /// The error to show for `error`, raised while talking to the server at `address`.
  static func from(_ error: any Error, address: String, connecting: Bool = false) -> any Error {
    if error is PostgresStoreError { return error }
    guard let error = error as? PSQLError else {
      return connecting ? cannotConnect(address: address, reason: "\(error)") : error
    }
    if let info = error.serverInfo, let message = info[.message] {
      let state = info[.sqlState] ?? ""
      let detail = info[.detail].map { " (\($0))" } ?? ""
      if state == "55P03" { return locked(address: address, waited: 0) }
      if connecting || state.hasPrefix("28") || state == "3D000" {
        return cannotConnect(address: address, reason: message)
      }
      return server(address: address, message: message + detail)
    }
    let reason =
      switch error.code {
      case .connectionError, .serverClosedConnection, .uncleanShutdown:
        error.underlying.map { "\($0)" } ?? "the connection was lost"
      case .authMechanismRequiresPassword:
        "the server asks for a password: set PGPASSWORD or add it to ~/.pgpass"
      case .sslUnsupported: "the server does not offer TLS; add ?sslmode=disable to use none"
      default: error.underlying.map { "\($0)" } ?? "\(error.code)"
      }
    return cannotConnect(address: address, reason: reason)
  }
}
