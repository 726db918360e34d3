import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import Logging
import PostgresStore
import ProfileModel

/// `--db PATH`: the store to use; `PROFILES_DB` or `profiles.sqlite` by default. A
/// `postgres://` address names a store on a PostgreSQL server instead, worked on through a
/// replica on this machine (see `Documentation/PostgreSQL.md`).
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The store (default: $PROFILES_DB, else profiles.sqlite in the current directory).",
      discussion: "A postgres://USER@HOST:PORT/DATABASE address names a store on a PostgreSQL "
        + "server; the password comes from PGPASSWORD or ~/.pgpass."))
  var db: String?

  var path: String {
    db ?? ProcessInfo.processInfo.environment["PROFILES_DB"] ?? "profiles.sqlite"
  }

  /// Opens the store. Reading commands (neither `creating` nor `writing`) refuse to create
  /// one that is not there and open it read-only, so that they work on a read-only file; a
  /// store with an older schema is opened for writing once, to be upgraded.
  func open(creating: Bool, writing: Bool = false) throws -> Ledger {
    if PostgresAddress.names(path) {
      return try openShared(creating: creating || writing)
    }
    if !creating && !FileManager.default.fileExists(atPath: path) {
      throw ProfilesError.noStore(path: path)
    }
    var options = try StoreOptions.environmentOptions()
    guard !creating && !writing else { return try Ledger(path: path, options: options) }
    options.readOnly = true
    do {
      return try Ledger(path: path, options: options)
    } catch let error as LedgerError {
      switch error {
      // A store with an older schema is upgraded, and one left by a crash needs its log
      // recovered: both take a writer, where the store may be written.
      case .olderSchema: break
      case .readOnly where StoreOptions.isWritable(path): break
      default: throw error
      }
      options.readOnly = false
      do {
        return try Ledger(path: path, options: options)
      } catch LedgerError.readOnly {
        throw error
      }
    }
  }

  /// Opens the store on a PostgreSQL server through this machine's replica of it, brought
  /// up to date. `creating` creates the store's schema on the server if it has none.
  func openShared(creating: Bool) throws -> Ledger {
    let address: PostgresAddress
    do {
      address = try PostgresAddress(path)
    } catch {
      throw ValidationError("--db: \(error)")
    }
    let options = try StoreOptions.environmentOptions()
    let log = try PostgresSharedLog.open(
      address, password: address.password(), creating: creating,
      lockTimeout: options.busyTimeout)
    let replica = try StoreOptions.replicaPath(for: address)
    let ledger = try Ledger(path: replica, options: options, shared: log)
    try ledger.sync()
    return ledger
  }

  /// For a store on PostgreSQL, what keeps `ledger` (its replica) up to date while a server
  /// reads it; nil for an SQLite store.
  func follower(for ledger: Ledger, logger: Logger) throws -> ReplicaFollower? {
    guard PostgresAddress.names(path), let address = try? PostgresAddress(path) else {
      return nil
    }
    return ReplicaFollower(
      ledger: ledger, address: address, password: address.password(), logger: logger)
  }

  /// Where this machine keeps its replica of the store at `address`: `PROFILES_REPLICA`,
  /// else a file named after the address under `$XDG_CACHE_HOME/profiles` (by default
  /// `~/.cache/profiles`). The directory is created if needed.
  static func replicaPath(
    for address: PostgresAddress,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> String {
    if let path = environment["PROFILES_REPLICA"], !path.isEmpty { return path }
    let cache =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".cache")
    let directory = (cache as NSString).appendingPathComponent("profiles")
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    return (directory as NSString).appendingPathComponent(address.replicaFileName)
  }

  /// Whether this process may write the store and create files beside it.
  static func isWritable(_ path: String) -> Bool {
    let directory = (path as NSString).deletingLastPathComponent
    return access(path, W_OK) == 0 && access(directory.isEmpty ? "." : directory, W_OK) == 0
  }

  /// `PROFILES_BUSY_TIMEOUT` (seconds a write waits for another writer, 30 by default) and
  /// `PROFILES_MAX_PAGES` (a cap on the store's size in pages, which tests use to fill it).
  static func environmentOptions(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> Ledger.Options {
    var options = Ledger.Options()
    if let text = environment["PROFILES_BUSY_TIMEOUT"] {
      guard let seconds = Double(text), seconds >= 0, seconds.isFinite else {
        throw ValidationError("PROFILES_BUSY_TIMEOUT '\(text)' is not a number of seconds")
      }
      options.busyTimeout = seconds
    }
    if let text = environment["PROFILES_MAX_PAGES"] {
      guard let pages = Int(text), pages > 0 else {
        throw ValidationError("PROFILES_MAX_PAGES '\(text)' is not a positive number of pages")
      }
      options.maxPageCount = pages
    }
    return options
  }
}

/// Reads a COUNTRY argument: an ISO code, a printed name or a slug, in any case.
func resolveCountry(_ argument: String) throws -> CountryDirectory.Entry {
  if let entry = CountryDirectory.standard.resolve(argument) { return entry }
  let nearest = CountryDirectory.standard.suggestions(for: argument).map {
    "\($0.name) (\($0.code))"
  }
  throw ValidationError(
    "unknown country '\(argument)'; nearest: \(nearest.joined(separator: ", "))")
}
