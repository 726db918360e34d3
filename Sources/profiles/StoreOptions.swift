import ArgumentParser
import EventStore
import Foundation
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

  /// Opens the store; reading commands refuse to create one that is not there.
  func open(creating: Bool) throws -> Ledger {
    if !creating && !FileManager.default.fileExists(atPath: path) {
      throw ProfilesError.noStore(path: path)
    }
    return try Ledger(path: path)
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

/// Reads a DATE argument, `yyyy-mm-dd`.
func parseDate(_ argument: String, option: String) throws -> ProfileDate {
  guard let date = ProfileDate(iso: argument) else {
    throw ValidationError("\(option) '\(argument)' is not a date (expected yyyy-mm-dd)")
  }
  return date
}
