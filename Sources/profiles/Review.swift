import ArgumentParser
import EventStore
import Foundation
import Ingestion
import LedgerModel
import ProfileModel
import ProfileParsing
import Reports

extension Profiles {
  /// `profiles review COUNTRY DATE INDICATOR (--status S | --confirm | --clear) --note "…"`,
  /// and `profiles review --pending`: the queue.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Review one indicator's reading in a revision, or list what needs review.",
      discussion: """
        The review is an event of the country's stream, hash-chained like the others; the \
        reader's reading stays on record beside it. --status corrects the status (and, with \
        --items, the items), --confirm says the reading is right, --clear withdraws the \
        review standing on it. A review holds for every revision that reads the indicator \
        word for word the same, and for the correction that replaces the revision reviewed.

        --pending lists, oldest first, the readings the reader marked for review and the \
        statuses that moved between two revisions while the text barely changed; a reading \
        a review stands on leaves the list.
        """)

    @Argument(help: "ISO code, name or slug.")
    var country: String?

    @Argument(help: "The revision's effective date, yyyy-mm-dd.")
    var date: String?

    @Argument(
      help: ArgumentHelp(
        "The indicator's catalog number (1.2.1), or a background figure's id (population, "
          + "internet-users).", valueName: "indicator"))
    var indicator: String?

    @Option(help: "The right status: present, partial, absent, unknown or missing.")
    var status: IndicatorStatus?

    @Option(help: "For a figure: the right value, plain digits (330000, 31.70).")
    var value: String?

    @Option(
      parsing: .upToNextOption,
      help: "With --status: the right items, each one argument (default: the reading's).")
    var items: [String] = []

    @Flag(help: "The reading is right as it stands.")
    var confirm = false

    @Flag(help: "Withdraw the review standing on the reading.")
    var clear = false

    @Option(help: "Why: what the document says (required).")
    var note: String?

    @Option(help: "Who reviews (default: $PROFILES_REVIEWER, else the login name).")
    var by: String?

    @Flag(help: "List what needs review instead.")
    var pending = false

    @Flag(
      help: """
        With --pending: also the reader's warnings of each revision in effect, its source read \
        again (a review does not settle them).
        """)
    var warnings = false

    @OptionGroup var filter: CountryFilterOptions

    @Option(help: "With --pending: text, json or csv.")
    var format: QueueFormat = .text

    enum QueueFormat: String, ExpressibleByArgument, CaseIterable {
      case text, json, csv
    }

    @OptionGroup var store: StoreOptions

    func validate() throws {
      if pending {
        guard country == nil, status == nil, !confirm, !clear, note == nil else {
          throw ValidationError(
            "--pending lists the queue; limit it with --country, and review one reading "
              + "without --pending")
        }
        return
      }
      guard let country, let date, let indicator else {
        throw ValidationError(
          "name the reading: profiles review COUNTRY DATE INDICATOR (or --pending for the queue)")
      }
      _ = try resolveCountry(country)
      _ = try parseDate(date, option: "DATE")
      let subject = try Review.subject(indicator)
      let modes = [status != nil, value != nil, confirm, clear].filter { $0 }.count
      guard modes == 1 else {
        throw ValidationError("give exactly one of --status (--value), --confirm and --clear")
      }
      if subject.isFigure, status != nil {
        throw ValidationError("\(indicator) is a figure: give its right value with --value")
      }
      if !subject.isFigure, value != nil {
        throw ValidationError("\(indicator) is an indicator: give its right status with --status")
      }
      if !items.isEmpty, status == nil {
        throw ValidationError("--items goes with --status")
      }
      guard let note, !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        throw ValidationError(
          "--note is missing or empty: say why, so that the review can be audited")
      }
      if !filter.countries.isEmpty || format != .text || warnings {
        throw ValidationError("--country, --format and --warnings go with --pending")
      }
    }

    /// The queue, as `--format` asks.
    func listPending() throws {
      let ledger = try store.open(creating: false)
      let countries = try filter.codes()
      let queue = ReviewQueue(
        marked: try ledger.readingsMarkedForReview(countries: countries),
        moves: try ledger.statusMoves(countries: countries, alike: ReviewQueue.barelyChanged),
        warnings: warnings ? try ledger.readingWarnings(countries: countries) : [])
      switch format {
      case .text: print(queue.text(), terminator: "")
      case .json: print(queue.json(), terminator: "")
      case .csv: print(queue.csv(), terminator: "")
      }
    }

    func run() throws {
      if pending { return try listPending() }
      guard let country, let dateArgument = date, let indicator, let note else { return }
      let entry = try resolveCountry(country)
      let date = try parseDate(dateArgument, option: "DATE")
      let subject = try Review.subject(indicator)
      let verdict: ReviewVerdict =
        if let status {
          .corrected(status: status, items: items.isEmpty ? nil : items)
        } else if let value {
          .revalued(value)
        } else if confirm {
          .confirmed
        } else {
          .cleared
        }
      let ledger = try store.open(creating: false, writing: true)
      let review = try ledger.review(
        country: entry.code, date: date, subject: subject, verdict: verdict,
        reviewer: Review.reviewer(by), note: note)
      let reading = try ledger.profile(seq: review.revision)?.profile
      let machine =
        subject.isFigure
        ? reading?.figure(indicator)?.value ?? "no value"
        : reading?.indicator(indicator)?.status.rawValue ?? "?"
      let outcome =
        switch verdict {
        case .corrected(let status, _): "\(machine) reviewed as \(status.rawValue)"
        case .revalued(let value): "\(machine) reviewed as \(value)"
        case .confirmed: "\(machine) confirmed"
        case .cleared: "review cleared; \(machine) as read"
        }
      print(
        "\(entry.code) \(date.iso) \(indicator): \(outcome) by \(review.reviewer) "
          + "(event #\(review.seq), recorded \(review.recordedAt))")
    }

    /// An indicator of the catalog by number, or a figure by id.
    static func subject(_ name: String) throws -> ReviewSubject {
      let catalog = IndicatorCatalog.cyberwellness2015
      if catalog.indicator(name) != nil { return .indicator(name) }
      if catalog.figures.contains(where: { $0.id == name }) { return .figure(name) }
      throw ValidationError(
        "'\(name)' is neither an indicator (e.g. 1.2.1) nor a figure ("
          + catalog.figures.map(\.id).joined(separator: ", ") + ") of the catalog")
    }

    /// `--by`, else `$PROFILES_REVIEWER`, else the login name.
    static func reviewer(_ by: String?) -> String {
      if let by { return by }
      let environment = ProcessInfo.processInfo.environment
      if let name = environment["PROFILES_REVIEWER"], !name.isEmpty { return name }
      if let login = getlogin() { return String(cString: login) }
      return environment["USER"] ?? NSUserName()
    }
  }
}

extension IndicatorStatus: ExpressibleByArgument {}
