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

    @Option(help: "First effective date, yyyy-mm-dd (default: the first).")
    var since: String?

    @Option(help: "Last effective date, yyyy-mm-dd (default: the latest).")
    var until: String?

    @Option(
      name: .customLong("country"), help: "Only this country (repeatable): code, name or slug.")
    var countries: [String] = []

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: markdown, json, csv or atom.")
    var format: Format = .markdown

    func validate() throws {
      for country in countries { _ = try resolveCountry(country) }
      let since = try self.since.map { try parseDate($0, option: "--since") }
      let until = try self.until.map { try parseDate($0, option: "--until") }
      if let since, let until, since > until {
        throw ValidationError("--since \(since.iso) is after --until \(until.iso)")
      }
    }

    func run() throws {
      let codes = try countries.map { try resolveCountry($0).code }
      let since = try self.since.map { try parseDate($0, option: "--since") }
      let until = try self.until.map { try parseDate($0, option: "--until") }
      let changes = try store.open(creating: false).changes(
        since: since, until: until, countries: Array(Set(codes)).sorted())
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
