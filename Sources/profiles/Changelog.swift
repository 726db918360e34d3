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
      let ledger = try store.open(creating: false)
      let output = FileHandle.standardOutput
      var writer = ChangelogWriter(format.written, since: since, until: until) {
        try output.write(contentsOf: $0)
      }
      // A few dozen countries at a time, whatever the store's size: counted first for the
      // opening, then written.
      try ledger.withChangeGroups(since: since, until: until, countries: try filter.codes()) {
        groups in
        var overview = Reports.Changelog.Overview()
        if writer.format.needsOverview { try groups.forEach { overview.add($0) } }
        try writer.begin(overview)
        try groups.forEach { try writer.write(Reports.Changelog($0, since: since, until: until)) }
        try writer.end()
      }
    }
  }
}

extension Profiles.Changelog.Format {
  var written: ChangelogWriter.Format {
    switch self {
    case .markdown: .markdown
    case .json: .json
    case .csv: .csv
    case .atom: .atom
    }
  }
}
