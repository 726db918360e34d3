import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import Reports

extension Profiles {
  /// `profiles changelog [--since DATE] [--until DATE] [--country C]…`.
  struct Changelog: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List every change in a date range across countries, by country and revision.",
      discussion: """
        Each revision in effect dated in the range (both ends included) with what changed \
        from the revision in effect before it. markdown: in the spirit of Keep a Changelog. \
        json: versioned, described by Schema/changelog.schema.json. csv: one row per \
        indicator change (RFC 4180). atom: an Atom 1.0 feed, one entry per revision.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case markdown
      case json
      case csv
      case atom
    }

    @OptionGroup var dates: DateRangeOptions

    @OptionGroup var filter: CountryFilterOptions

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: markdown, json, csv or atom.")
    var format: Format = .markdown

    func run() throws {
      let (since, until) = try dates.range()
      let changes = try store.open(creating: false).changes(
        since: since, until: until, countries: try filter.codes())
      let changelog = Reports.Changelog(changes, since: since, until: until)
      let text: String
      switch format {
      case .markdown: text = changelog.markdown()
      case .json:
        // The whole store's changelog runs to tens of megabytes: written as it is made.
        try changelog.writeJSON { try FileHandle.standardOutput.write(contentsOf: $0) }
        return
      case .csv: text = changelog.csv()
      case .atom: text = changelog.atom()
      }
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
