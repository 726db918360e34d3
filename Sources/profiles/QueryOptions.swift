import ArgumentParser
import LedgerModel
import ProfileModel

/// `--since` and `--until`: a range of effective dates, both ends optional and inclusive.
struct DateRangeOptions: ParsableArguments {
  @Option(help: "First effective date, yyyy-mm-dd (default: the first).")
  var since: String?

  @Option(help: "Last effective date, yyyy-mm-dd (default: the latest).")
  var until: String?

  func validate() throws { _ = try range() }

  /// The two dates; an error names the option that is not a date, or says the range is
  /// empty.
  func range() throws -> (since: ProfileDate?, until: ProfileDate?) {
    let since = try self.since.map { try parseDate($0, option: "--since") }
    let until = try self.until.map { try parseDate($0, option: "--until") }
    if let since, let until, since > until {
      throw ValidationError("--since \(since.iso) is after --until \(until.iso)")
    }
    return (since, until)
  }
}

/// The `COUNTRY` argument of the commands that read one country.
struct CountryArgument: ParsableArguments {
  @Argument(help: "ISO code, name or slug, e.g. BLZ, Belize, korea-rep-of.")
  var country: String

  func validate() throws { _ = try entry() }

  /// The country named.
  func entry() throws -> CountryDirectory.Entry { try resolveCountry(country) }
}

/// `--country`, repeatable: the countries a report is limited to.
struct CountryFilterOptions: ParsableArguments {
  @Option(
    name: .customLong("country"), help: "Only this country (repeatable): code, name or slug.")
  var countries: [String] = []

  func validate() throws { _ = try codes() }

  /// The countries' codes, without repeats, sorted; empty for all.
  func codes() throws -> [String] {
    Array(Set(try countries.map { try resolveCountry($0).code })).sorted()
  }
}

/// `--as-of`: the effective date a read looks at.
struct AsOfOptions: ParsableArguments {
  @Option(name: .customLong("as-of"), help: "Effective date, yyyy-mm-dd (default: latest).")
  var asOf: String?

  func validate() throws { _ = try date() }

  func date() throws -> ProfileDate? { try asOf.map { try parseDate($0, option: "--as-of") } }
}

/// `--known-at`: a point on the recorded-time axis, a UTC time or an event number.
struct KnownAtOptions: ParsableArguments {
  @Option(
    name: .customLong("known-at"),
    help: ArgumentHelp(
      "What the store knew at a UTC time (2026-01-31T12:00:00Z; a date means its end) or just "
        + "after an event (its number, e.g. 42) (default: now).",
      valueName: "time-or-event"))
  var knownAt: String?

  func validate() throws { _ = try cutoff() }

  func cutoff() throws -> KnownAt? {
    guard let knownAt else { return nil }
    if let known = KnownAt(parsing: knownAt) { return known }
    if let number = Int(knownAt), number < 1 {
      throw ValidationError("--known-at \(knownAt): events are numbered from 1")
    }
    throw ValidationError(
      "--known-at '\(knownAt)' is not a UTC time (e.g. 2026-01-31T12:00:00Z), a date or an "
        + "event number (e.g. 42)")
  }
}
