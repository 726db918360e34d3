import ArgumentParser
import DiffEngine
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import Reports

/// A FROM or TO argument: an effective date or a revision number.
enum RevisionSelector: Equatable {
  /// The revision in effect on that date.
  case date(ProfileDate)
  /// The n-th revision in effect, oldest first, from 1.
  case number(Int)

  init(_ argument: String, name: String) throws {
    if !argument.isEmpty, argument.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
      guard let number = Int(argument), number >= 1 else {
        throw ValidationError("\(name) '\(argument)' is not a revision number (they start at 1)")
      }
      self = .number(number)
    } else if let date = ProfileDate(iso: argument) {
      self = .date(date)
    } else if let problem = ProfileDate.calendarProblem(argument) {
      throw ValidationError("\(name) '\(argument)' is not a valid date: \(problem)")
    } else {
      throw ValidationError(
        "\(name) '\(argument)' is neither a date (yyyy-mm-dd) nor a revision number")
    }
  }

  /// The revision it names among the revisions in effect of `country`, which run from
  /// `first` to `latest` (whose number is their count): found in the store by number or by
  /// date.
  func resolve(
    in ledger: Ledger, country: String, first: RevisionRef, latest: RevisionRef, name: String
  ) throws -> RevisionRef {
    switch self {
    case .number(let number):
      guard number <= latest.number,
        let revision = try ledger.revisionInEffect(country: country, number: number)
      else {
        throw ValidationError(
          "\(name): revision \(number) is out of range: \(country) has "
            + "\(plural(latest.number, "revision")) in effect (1–\(latest.number))")
      }
      return revision
    case .date(let date):
      guard let revision = try ledger.revisionInEffect(country: country, on: date) else {
        throw ProfilesError.notRecorded(
          country: country,
          detail: "no revision in effect on \(date.iso) (the first is dated "
            + "\(first.effectiveDate.iso))")
      }
      return revision
    }
  }
}

/// Whether standard output is a terminal that takes colours: `NO_COLOR` unset or empty, and
/// `TERM` not `dumb` (a terminal that cannot show them, such as Emacs's shell).
func colourTerminal() -> Bool {
  let environment = ProcessInfo.processInfo.environment
  let noColour = environment["NO_COLOR"] ?? ""
  return noColour.isEmpty && environment["TERM"] != "dumb" && isatty(STDOUT_FILENO) == 1
}

extension Profiles {
  /// `profiles diff COUNTRY [FROM] [TO]`.
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show what changed between two revisions of a country's profile.",
      discussion: """
        FROM and TO each name a revision in effect, by effective date (yyyy-mm-dd: the \
        revision in effect on that day) or by number (1 is the country's oldest revision in \
        effect, counting as 'profiles history' lists them, superseded readings left out). \
        Without them: the previous revision against the latest; with FROM alone: FROM \
        against the latest. Text marks words as [-deleted-]{+inserted+}, in red and green \
        on a terminal (NO_COLOR or TERM=dumb turns colour off).

        Exit status, like diff(1) with --exit-code: 0 when the revisions are the same, 1 \
        when they differ, 2 when they could not be compared (any error, usage errors \
        included). Without --exit-code: 0 once compared, 1 on an error, 64 on a usage error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text
      case json
      case markdown
    }

    @OptionGroup var country: CountryArgument

    @Argument(help: "The older revision: a date (yyyy-mm-dd) or a revision number.")
    var from: String?

    @Argument(help: "The newer revision: a date or a revision number (default: the latest).")
    var to: String?

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Flag(
      name: .customLong("exit-code"),
      help: "Exit 0 when the revisions are the same, 1 when they differ, 2 on any error.")
    var exitCode = false

    /// The exit status of `--exit-code` when the revisions could not be compared.
    static let couldNotCompare: Int32 = 2

    /// Whether `arguments` (the command line without the program) run `diff --exit-code`,
    /// whose failures exit ``couldNotCompare`` rather than 1 (the revisions differ) or 64:
    /// told from the arguments, since a usage error leaves no command to ask.
    static func reportsExitStatus(_ arguments: [String]) -> Bool {
      arguments.first == _commandName
        && arguments.prefix { $0 != "--" }.contains("--exit-code")
    }

    func validate() throws {
      let from = try self.from.map { try RevisionSelector($0, name: "FROM") }
      let to = try self.to.map { try RevisionSelector($0, name: "TO") }
      let reversed: Bool
      switch (from, to) {
      case (.date(let a)?, .date(let b)?): reversed = a > b
      case (.number(let a)?, .number(let b)?): reversed = a > b
      default: reversed = false
      }
      if reversed {
        throw ValidationError(
          "FROM '\(self.from!)' is after TO '\(self.to!)': name the older revision first")
      }
    }

    func run() throws {
      let entry = try country.entry()
      let ledger = try store.open(creating: false)
      // The two revisions found by number or date, without listing the country's revisions.
      guard let (first, latest) = try ledger.revisionsInEffectSpan(country: entry.code) else {
        throw ProfilesError.notRecorded(country: entry.code, detail: "no revisions recorded")
      }
      func resolve(_ argument: String, _ name: String) throws -> RevisionRef {
        try RevisionSelector(argument, name: name).resolve(
          in: ledger, country: entry.code, first: first, latest: latest, name: name)
      }
      let older: RevisionRef
      let newer: RevisionRef
      if let from {
        older = try resolve(from, "FROM")
        newer = try to.map { try resolve($0, "TO") } ?? latest
      } else {
        guard latest.number >= 2,
          let previous = try ledger.revisionInEffect(country: entry.code, number: latest.number - 1)
        else {
          throw ProfilesError.notRecorded(
            country: entry.code,
            detail: "only 1 revision in effect (\(latest.effectiveDate.iso)): nothing to compare")
        }
        older = previous
        newer = latest
      }
      guard older.number <= newer.number else {
        throw ValidationError(
          "FROM (revision \(older.number), \(older.effectiveDate.iso)) is after TO (revision "
            + "\(newer.number), \(newer.effectiveDate.iso)): name the older revision first")
      }
      guard let a = try ledger.profile(seq: older.seq), let b = try ledger.profile(seq: newer.seq)
      else {
        throw ProfilesError.notRecorded(country: entry.code, detail: "a reading is not stored")
      }
      // Reviewed statuses in place of the machine's, where reviews stand.
      let diff = ProfileDiff(from: a.reviewedProfile, to: b.reviewedProfile)
      let report = DiffReport(country: entry.code, from: older, to: newer, diff: diff)
      switch format {
      case .text:
        print(report.text(highlight: colourTerminal() ? .ansi : .plain), terminator: "")
        let reviews = Set(a.reviews.keys).union(b.reviews.keys).sorted {
          $0.compare($1, options: .numeric) == .orderedAscending
        }
        if !reviews.isEmpty {
          print("reviewed: \(reviews.joined(separator: ", ")) (see profiles show)")
        }
      case .markdown: print(report.markdown(), terminator: "")
      case .json: print(try report.json(), terminator: "")
      }
      if exitCode, !diff.isEmpty { throw ExitCode(1) }
    }
  }
}
