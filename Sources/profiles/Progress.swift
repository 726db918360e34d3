import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import Reports

extension Profiles {
  /// `profiles progress [COUNTRY] [--since DATE] [--until DATE] [--country C]… [--pillar P]`.
  struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score policy progress per country and pillar; rank countries, flag regressions.",
      discussion: """
        Score: present 1, partial ½, absent 0, over the indicators read present, partial or \
        absent (unknown and missing are left out of the denominator, which is shown). The \
        range starts from the revision in effect before --since (or the country's first \
        revision in the range) and ends at the revision in effect on --until; the \
        transitions are those of the revisions dated in the range, classed as profiles \
        diff classes them. Without COUNTRY: countries ranked by the change in the overall \
        score (--pillar: that pillar's), regressions listed, and countries with no revision \
        in the range named with their latest date. With COUNTRY: its trajectory, a score per \
        revision, with a sparkline per pillar; --format svg draws it as a line chart.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text
      case json
      case csv
      case markdown
      case svg
    }

    @Argument(help: "Show this country's trajectory: ISO code, name or slug.")
    var country: String?

    @OptionGroup var dates: DateRangeOptions

    @OptionGroup var filter: CountryFilterOptions

    @Option(
      help: ArgumentHelp(
        "Only this pillar: legal, technical, organizational, capacity-building, cooperation "
          + "or child-online-protection.", valueName: "pillar"))
    var pillar: String?

    @OptionGroup var store: StoreOptions

    @Option(help: "Output format: text, json, csv, markdown, or svg (with COUNTRY).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    func validate() throws {
      if let country { _ = try resolveCountry(country) }
      if country != nil, !filter.countries.isEmpty {
        throw ValidationError(
          "give either COUNTRY (a trajectory) or --country (a ranking), not both")
      }
      if format == .svg, country == nil {
        throw ValidationError("--format svg draws one country's trajectory: name a COUNTRY")
      }
      _ = try pillarID()
    }

    /// The pillar's catalog id, from its id or title in any case.
    func pillarID() throws -> String? {
      guard let pillar else { return nil }
      let pillars = IndicatorCatalog.cyberwellness2015.pillars
      let folded = pillar.lowercased().replacingOccurrences(of: " ", with: "-")
      if let match = pillars.first(where: {
        $0.id == folded || $0.title.lowercased() == pillar.lowercased()
      }) {
        return match.id
      }
      throw ValidationError(
        "unknown pillar '\(pillar)'; pillars: \(pillars.map(\.id).joined(separator: ", "))")
    }

    func run() throws {
      let (since, until) = try dates.range()
      let trajectory = try country.map { try resolveCountry($0) }
      let codes = try trajectory.map { [$0.code] } ?? filter.codes()
      let series = try store.open(creating: false).statusSeries(
        since: since, until: until, countries: codes)
      let report = ProgressReport(series, since: since, until: until, pillar: try pillarID())
      if let trajectory {
        guard !report.countries.isEmpty else {
          var detail = "no revisions recorded"
          if let found = series.first {
            detail =
              "no revision in effect by \(until?.iso ?? "now") (latest \(found.latest.effectiveDate.iso))"
          }
          throw ProfilesError.notRecorded(country: trajectory.code, detail: detail)
        }
      }
      let text: String
      switch (format, trajectory != nil) {
      case (.text, true): text = report.trajectoryText()
      case (.text, false): text = report.text()
      case (.json, _): text = report.json()
      case (.csv, _): text = report.csv()
      case (.markdown, _): text = report.markdown()
      case (.svg, _): text = report.svg()
      }
      if let output {
        do {
          try Data(text.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
          throw ProfilesError.cannotWrite(path: output, reason: error.localizedDescription)
        }
      } else {
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    }
  }
}
