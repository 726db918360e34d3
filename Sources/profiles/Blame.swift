import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import Reports

extension Profiles {
  /// `profiles blame COUNTRY [--as-of DATE]`.
  struct Blame: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show which revision introduced each indicator's and figure's current reading.",
      discussion: """
        For the revision in effect on --as-of (default: the latest), each indicator and \
        figure with the revision that introduced its reading: since (that revision's \
        effective date), rev (its number among the revisions in effect), event (its seq) \
        and stood (how many revisions in effect have given that reading since).
        """)

    @OptionGroup var country: CountryArgument

    @OptionGroup var asOf: AsOfOptions

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: ReadFormat = .text

    func run() throws {
      let entry = try country.entry()
      let date = try asOf.date()
      guard
        let history = try store.open(creating: false).readingHistory(
          country: entry.code, asOf: date)
      else {
        throw ProfilesError.notRecorded(
          country: entry.code,
          detail: date.map { "no revision in effect on \($0.iso)" } ?? "no revisions recorded")
      }
      let report = BlameReport(LedgerModel.Blame(history: history), asOf: date)
      switch format {
      case .text: print(report.text(), terminator: "")
      case .json: print(try report.json(), terminator: "")
      }
    }
  }
}
