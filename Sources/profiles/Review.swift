import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import ProfileModel

extension Profiles {
  /// `profiles review COUNTRY DATE INDICATOR (--status S | --confirm | --clear) --note "…"`.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a person's review of one indicator's reading in a revision.",
      discussion: """
        The review is an event of the country's stream, hash-chained like the others; the \
        reader's reading stays on record beside it. --status corrects the status (and, with \
        --items, the items), --confirm says the reading is right, --clear withdraws the \
        review standing on it. A review holds for every revision that reads the indicator \
        word for word the same, and for the correction that replaces the revision reviewed.
        """)

    @Argument(help: "ISO code, name or slug.")
    var country: String

    @Argument(help: "The revision's effective date, yyyy-mm-dd.")
    var date: String

    @Argument(help: "The indicator's catalog number, e.g. 1.2.1.")
    var indicator: String

    @Option(help: "The right status: present, partial, absent, unknown or missing.")
    var status: IndicatorStatus?

    @Option(
      parsing: .upToNextOption,
      help: "With --status: the right items, each one argument (default: the reading's).")
    var items: [String] = []

    @Flag(help: "The reading is right as it stands.")
    var confirm = false

    @Flag(help: "Withdraw the review standing on the reading.")
    var clear = false

    @Option(help: "Why: what the document says (required).")
    var note: String

    @Option(help: "Who reviews (default: $PROFILES_REVIEWER, else the login name).")
    var by: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
      _ = try resolveCountry(country)
      _ = try parseDate(date, option: "DATE")
      guard IndicatorCatalog.cyberwellness2015.indicator(indicator) != nil else {
        throw ValidationError(
          "'\(indicator)' is not an indicator of the catalog (e.g. 1.2.1; see profiles show)")
      }
      let modes = [status != nil, confirm, clear].filter { $0 }.count
      guard modes == 1 else {
        throw ValidationError("give exactly one of --status, --confirm and --clear")
      }
      if !items.isEmpty, status == nil {
        throw ValidationError("--items goes with --status")
      }
      if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw ValidationError("--note is empty: say why, so that the review can be audited")
      }
    }

    func run() throws {
      let entry = try resolveCountry(country)
      let date = try parseDate(date, option: "DATE")
      let verdict: ReviewVerdict =
        if let status {
          .corrected(status: status, items: items.isEmpty ? nil : items)
        } else if confirm {
          .confirmed
        } else {
          .cleared
        }
      let ledger = try store.open(creating: false, writing: true)
      let review = try ledger.review(
        country: entry.code, date: date, indicator: indicator, verdict: verdict,
        reviewer: Review.reviewer(by), note: note)
      let reading = try ledger.profile(seq: review.revision)
      let machine = reading?.profile.indicator(indicator)?.status.rawValue ?? "?"
      let outcome =
        switch verdict {
        case .corrected(let status, _): "\(machine) reviewed as \(status.rawValue)"
        case .confirmed: "\(machine) confirmed"
        case .cleared: "review cleared; \(machine) as read"
        }
      print(
        "\(entry.code) \(date.iso) \(indicator): \(outcome) by \(review.reviewer) "
          + "(event #\(review.seq), recorded \(review.recordedAt))")
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
