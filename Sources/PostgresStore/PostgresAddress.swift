import Foundation
import PostgresNIO

/// Where a store on a PostgreSQL server is: what `--db postgres://user@host:port/database`
/// (or `postgresql://`) names. A password is never taken from the address, which shows in
/// shell histories and process lists: it comes from `PGPASSWORD`, else from the password
/// file (`PGPASSFILE`, else `~/.pgpass`), as libpq reads them.
public struct PostgresAddress: Hashable, Sendable, CustomStringConvertible {
  /// How the server is reached: a host and port over TCP, or the directory of its Unix
  /// socket (`?host=/path`, as libpq writes it), with the port naming the socket file.
  public enum Endpoint: Hashable, Sendable {
    case tcp(host: String, port: Int)
    case socket(directory: String, port: Int)
  }

  /// Whether to use TLS: `require` (the default for a host other than this machine),
  /// `prefer`, or `disable` (the default on loopback and sockets), from `?sslmode=`.
  public enum TLSMode: String, Hashable, Sendable {
    case disable, prefer, require
  }

  public var endpoint: Endpoint
  public var user: String
  public var database: String
  public var tls: TLSMode

  /// Whether `text` names a PostgreSQL store rather than an SQLite file.
  public static func names(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads `text`, a `postgres://` address. `environment` gives the user when the address
  /// has none (`PGUSER`, else `USER`).
  public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(PostgresAddressError)
  {
    guard PostgresAddress.names(text), let url = URLComponents(string: text) else {
      throw .notAnAddress(text)
    }
    if url.password != nil { throw .passwordInAddress }
    let query = Dictionary(
      (url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
    for name in query.keys where !["host", "sslmode"].contains(name) {
      throw .unknownParameter(name)
    }
    let port = url.port ?? 5432
    guard (1...65535).contains(port) else { throw .badPort(port) }
    if let directory = query["host"], directory.hasPrefix("/") {
      endpoint = .socket(directory: directory, port: port)
    } else {
      guard let host = url.host, !host.isEmpty else { throw .noHost(text) }
      endpoint = .tcp(host: host, port: port)
    }
    guard let user = url.user ?? environment["PGUSER"] ?? environment["USER"], !user.isEmpty else {
      throw .noUser
    }
    self.user = user
    let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
    guard !path.isEmpty, !path.contains("/") else { throw .noDatabase(text) }
    database = path
    if let mode = query["sslmode"] {
      switch mode {
      case "disable": tls = .disable
      case "prefer", "allow": tls = .prefer
      case "require", "verify-ca", "verify-full": tls = .require
      default: throw .unknownTLSMode(mode)
      }
    } else {
      tls = endpoint.isLocal ? .disable : .require
    }
  }

  /// A file name for this machine's replica of the store: the address in characters safe
  /// in any file system, `user@host-5432-database.sqlite`.
  public var replicaFileName: String {
    let place =
      switch endpoint {
      case .tcp(let host, let port): "\(host)-\(port)"
      case .socket(let directory, let port): "\(directory)-\(port)"
      }
    let name = "\(user)@\(place)-\(database)"
    let safe = name.unicodeScalars.map { scalar -> Character in
      let allowed =
        CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII
        || "@.-_".unicodeScalars.contains(scalar)
      return allowed ? Character(scalar) : "_"
    }
    return String(safe) + ".sqlite"
  }

  /// The address as `--db` takes it, which reads back as this address.
  public var url: String {
    let query = "sslmode=\(tls.rawValue)"
    switch endpoint {
    case .tcp(let host, let port): return "postgres://\(user)@\(host):\(port)/\(database)?\(query)"
    case .socket(let directory, let port):
      return "postgres://\(user)@:\(port)/\(database)?host=\(directory)&\(query)"
    }
  }

  /// The address without any secret, for messages and logs.
  public var description: String {
    switch endpoint {
    case .tcp(let host, let port): "postgres://\(user)@\(host):\(port)/\(database)"
    case .socket(let directory, let port) where port == 5432:
      "postgres://\(user)@/\(database)?host=\(directory)"
    case .socket(let directory, let port):
      "postgres://\(user)@:\(port)/\(database)?host=\(directory)"
    }
  }

  /// The password for this address: `PGPASSWORD`, else the first line of the password file
  /// that matches host, port, database and user (`*` matches any); `nil` when none does. As
  /// libpq does, a password file that others than its owner may read is ignored.
  public func password(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    if let password = environment["PGPASSWORD"] { return password }
    let file =
      environment["PGPASSFILE"]
      ?? environment["HOME"].map { $0 + "/.pgpass" }
    var status = stat()
    guard let file, stat(file, &status) == 0, status.st_mode & 0o077 == 0,
      let text = try? String(contentsOfFile: file, encoding: .utf8)
    else { return nil }
    let (host, port): (String, Int) =
      switch endpoint {
      case .tcp(let host, let port): (host, port)
      // libpq matches a socket connection against the host `localhost`.
      case .socket(_, let port): ("localhost", port)
      }
    for line in text.split(separator: "\n", omittingEmptySubsequences: true)
    where !line.hasPrefix("#") {
      let fields = PostgresAddress.passwordFields(line)
      guard fields.count == 5 else { continue }
      let wanted = [host, String(port), database, user]
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) {
        return fields[4]
      }
    }
    return nil
  }

  /// The fields of a password file line, `host:port:database:user:password`, where `\:` and
  /// `\\` stand for a colon and a backslash.
  static func passwordFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 4 {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}

extension PostgresAddress.Endpoint {
  /// Whether the server is on this machine: a socket, or a loopback host.
  var isLocal: Bool {
    switch self {
    case .socket: true
    case .tcp(let host, _): ["localhost", "127.0.0.1", "::1", "[::1]"].contains(host)
    }
  }
}

/// Why a `--db` value is not a PostgreSQL address.
public enum PostgresAddressError: Error, Hashable, Sendable, CustomStringConvertible {
  case notAnAddress(String)
  case passwordInAddress
  case unknownParameter(String)
  case badPort(Int)
  case noHost(String)
  case noUser
  case noDatabase(String)
  case unknownTLSMode(String)

  public var description: String {
    switch self {
    case .notAnAddress(let text):
      "'\(text)' is not a PostgreSQL address (postgres://user@host:port/database)"
    case .passwordInAddress:
      "the address holds a password, which would show in shell histories and process lists: "
        + "give it in PGPASSWORD or a password file (~/.pgpass) instead"
    case .unknownParameter(let name):
      "the address has a parameter '\(name)' that is not host or sslmode"
    case .badPort(let port): "port \(port) is not between 1 and 65535"
    case .noHost(let text):
      "'\(text)' names no host (postgres://user@host/database, or ?host=/socket/directory)"
    case .noUser: "the address names no user, and neither PGUSER nor USER is set"
    case .noDatabase(let text): "'\(text)' names no database (postgres://user@host/database)"
    case .unknownTLSMode(let mode):
      "sslmode '\(mode)' is not disable, allow, prefer, require, verify-ca or verify-full"
    }
  }
}

extension PostgresAddress {
  /// How the driver connects to this address, with `password`.
  func connectionConfiguration(password: String?) throws -> PostgresConnection.Configuration {
    switch endpoint {
    case .tcp(let host, let port):
      let tls: PostgresConnection.Configuration.TLS =
        switch self.tls {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
      return .init(
        host: host, port: port, username: user, password: password, database: database, tls: tls)
    case .socket(let directory, let port):
      return .init(
        unixSocketPath: "\(directory)/.s.PGSQL.\(port)", username: user, password: password,
        database: database)
    }
  }

}
