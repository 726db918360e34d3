import ArgumentParser
import ProfileModel

/// `--date` and `--country`: values for what a document does not give, shared by `ingest`,
/// `check` and `parse`.
struct SuppliedOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The revision date, yyyy-mm-dd, for a document without a 'Last updated' line.",
      discussion: "An error if the document gives another date. One document only.",
      valueName: "yyyy-mm-dd"))
  var date: String?

  @Option(
    help: ArgumentHelp(
      "The country (ISO code), for a document whose country name no table knows.",
      discussion: "An error if the document names another country.",
      valueName: "code"))
  var country: String?

  func validate() throws { _ = try values() }

  /// The values given, checked.
  func values() throws -> SuppliedValues {
    var values = SuppliedValues()
    if let date { values.date = try parseDate(date, option: "--date") }
    if let country {
      guard let entry = CountryDirectory.standard.resolve(country) else {
        let nearest = CountryDirectory.standard.suggestions(for: country).map {
          "\($0.name) (\($0.code))"
        }
        throw ValidationError(
          "--country '\(country)' is not a known country; nearest: "
            + nearest.joined(separator: ", "))
      }
      values.country = entry.code
    }
    return values
  }

  /// The values for `files`: a date belongs to one document, so it is refused for several.
  func values(for files: some Collection<String>) throws -> SuppliedValues {
    let values = try values()
    if values.date != nil, files.count > 1 {
      throw ValidationError(
        "--date gives one document's date, and \(files.count) documents are named; "
          + "ingest undated documents one at a time")
    }
    return values
  }
}

extension SuppliedField {
  /// "date supplied with --date, not read".
  var note: String { "\(rawValue) supplied with --\(rawValue), not read" }
}
