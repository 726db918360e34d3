import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import ProfileModel

/// `--db PATH`: the store to use; `PROFILES_DB` or `profiles.sqlite` by default.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The store (default: $PROFILES_DB, else profiles.sqlite in the current directory).")
  var db: String?

  var path: String {
    db ?? ProcessInfo.processInfo.environment["PROFILES_DB"] ?? "profiles.sqlite"
  }

  /// Opens the store. Reading commands (neither `creating` nor `writing`) refuse to create
  /// one that is not there and open it read-only, so that they work on a read-only file; a
  /// store with an older schema is opened for writing once, to be upgraded.
  func open(creating: Bool, writing: Bool = false) throws -> Ledger {
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
