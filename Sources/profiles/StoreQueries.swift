import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import Reports

/// Output formats of the commands that read the store.
enum ReadFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}

func printJSON(_ value: some Encodable) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
  print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

extension Profiles {
  /// `profiles countries`.
  struct Countries: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the countries in the store, with revision counts and latest dates.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: ReadFormat = .text

    func run() throws {
      let countries = try store.open(creating: false).countries()
      if format == .json { return try printJSON(countries) }
      print("code  country                         revisions  first       latest")
      for country in countries {
        let name = CountryDirectory.standard.entry(code: country.code)?.name ?? country.code
        print(
          country.code.padding(toLength: 6, withPad: " ", startingAt: 0)
            + name.padding(toLength: 32, withPad: " ", startingAt: 0)
            + String(country.revisions).leftPadded(9) + "  " + country.firstDate.iso + "  "
            + country.latestDate.iso)
      }
      let revisions = countries.reduce(0) { $0 + $1.revisions }
      print(
        "\(plural(countries.count, "country", "countries")), "
          + "\(plural(revisions, "revision")) in effect")
    }
  }

  /// `profiles history COUNTRY`.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List a country's revisions: dates, outcomes, corrections, status counts.")

    @OptionGroup var country: CountryArgument

    @OptionGroup var known: KnownAtOptions

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: ReadFormat = .text

    func run() throws {
      let entry = try country.entry()
      let history = try store.open(creating: false).history(
        country: entry.code, known: try known.cutoff())
      guard !history.isEmpty else {
        throw ProfilesError.notRecorded(country: entry.code, detail: "no revisions recorded")
      }
      if format == .json { return try printJSON(history) }
      let inEffect = history.filter { $0.supersededBy == nil }.count
      print(
        "\(entry.name) (\(entry.code)): \(plural(inEffect, "revision")) in effect, \(history.count) recorded"
      )
      // `rev`: the position among the revisions in effect, as `profiles diff` takes it;
      // `#`: the event.
      print(
        "rev  #     effective   recorded                     outcome     pres part abs unk miss  changed"
      )
      var number = 0
      for revision in history {
        let counts = revision.statusCounts
        if revision.supersededBy == nil { number += 1 }
        var line =
          (revision.supersededBy == nil ? String(number) : "-").leftPadded(3) + "  "
          + String(revision.seq).padding(toLength: 6, withPad: " ", startingAt: 0)
          + revision.effectiveDate.iso + "  " + revision.recordedAt + "  "
          + revision.outcome.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        for status in [IndicatorStatus.present, .partial, .absent, .unknown, .missing] {
          line += String(counts[status, default: 0]).leftPadded(status == .present ? 5 : 5)
        }
        line += "  " + (revision.changed.map(String.init) ?? "-").leftPadded(7)
        if let by = revision.supersededBy { line += "  superseded by #\(by)" }
        if let reviewed = revision.reviewed { line += "  \(reviewed) reviewed" }
        for field in revision.supplied ?? [] { line += "  \(field.note)" }
        if revision.extractor != nil { line += "  read from a PDF" }
        print(line)
      }
    }
  }

  /// `profiles show COUNTRY`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the profile in effect on a date, as the store knew it at a time.")

    @OptionGroup var country: CountryArgument

    @OptionGroup var asOf: AsOfOptions

    @OptionGroup var known: KnownAtOptions

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: ReadFormat = .text

    func run() throws {
      let entry = try country.entry()
      let date = try asOf.date()
      guard
        let stored = try store.open(creating: false).profile(
          country: entry.code, asOf: date, known: try known.cutoff())
      else {
        var detail = "no revision in effect"
        if let asOf = asOf.asOf { detail += " on \(asOf)" }
        if let knownAt = known.knownAt { detail += " as known at \(knownAt)" }
        throw ProfilesError.notRecorded(country: entry.code, detail: detail)
      }
      switch format {
      case .json:
        // The reading's canonical JSON, with each reviewed indicator's reviewed status and
        // items and its review beside them; the reading's own JSON where no review stands.
        FileHandle.standardOutput.write(
          try CanonicalJSON.encode(ReviewedProfileJSON(stored), pretty: true))
      case .text:
        print("revision #\(stored.seq), recorded \(stored.recordedAt)")
        for field in stored.supplied { print(field.note) }
        if let extractor = stored.extractor {
          print("read from a PDF: its text extracted by \(extractor)")
        }
        print(ProfileSummary().render(stored), terminator: "")
      }
    }
  }

  /// `profiles source COUNTRY DATE`.
  struct Source: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the original document of a revision, byte for byte.",
      discussion: """
        A text document is printed as it was ingested. A PDF is written as it was ingested \
        too, but not to a terminal: name a file with --output, or give -o - to write it to \
        standard output anyway. --text prints the text that was read instead: for a PDF, the \
        text extracted from it when it was recorded, which the store keeps beside it.
        """)

    @OptionGroup var country: CountryArgument

    @Argument(help: "The revision's effective date, yyyy-mm-dd.")
    var date: String

    @Option(
      name: [.short, .long],
      help: ArgumentHelp("Write to FILE ('-': standard output).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Print the text that was read (for a PDF, the text extracted from it).")
    var text = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
      _ = try parseDate(date, option: "DATE")
    }

    func run() throws {
      let entry = try country.entry()
      let day = try parseDate(date, option: "DATE")
      guard let document = try store.open(creating: false).source(country: entry.code, date: day)
      else {
        throw ProfilesError.notRecorded(country: entry.code, detail: "no revision dated \(date)")
      }
      let bytes = text ? document.text : document.bytes
      switch output {
      case nil where !text && document.isPDF && isatty(STDOUT_FILENO) == 1:
        // A usage error (64), without the usage: the command was right but for its output.
        StandardError.write(
          "Error: the document of \(entry.code) \(day.iso) is a PDF "
            + "(\(plural(bytes.count, "byte"))): not written to a terminal; name a file with "
            + "--output FILE, or give -o - to write it to standard output anyway (--text "
            + "prints the text read from it)")
        throw ExitCode.validationFailure
      case nil, "-":
        FileHandle.standardOutput.write(Data(bytes))
      case let path?:
        do {
          try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
          throw ProfilesError.cannotWrite(
            path: path, reason: (error as NSError).localizedDescription)
        }
      }
    }
  }
}

/// "1 revision", "2 revisions".
func plural(_ count: Int, _ one: String, _ many: String? = nil) -> String {
  "\(count) \(count == 1 ? one : many ?? one + "s")"
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
