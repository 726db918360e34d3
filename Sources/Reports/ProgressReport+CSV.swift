import DiffEngine
import LedgerModel
import ProfileModel

extension ProgressReport {
  /// The CSV columns, in order.
  public static let csvColumns = [
    "rank", "country", "name", "part", "start_revision", "start_date", "start_points",
    "start_denominator", "start_score", "end_revision", "end_date", "end_points",
    "end_denominator", "end_score", "change", "established", "advanced", "regressed",
    "in_range", "latest_date",
  ]

  /// The report as CSV (RFC 4180): one row per country and part (each pillar, then
  /// `overall`), ranked countries first. Scores are fractions from 0 to 1 with four
  /// decimals, empty where nothing could be scored; the transition counts are the part's.
  public func csv() -> String {
    var out = ProgressReport.csvColumns.joined(separator: ",") + "\r\n"
    func decimal(_ value: Double?) -> String {
      value.map { String(format: "%.4f", $0) } ?? ""
    }
    for country in countries {
      for part in parts {
        guard let before = country.start.score[part], let after = country.end.score[part] else {
          continue
        }
        let moves = country.transitions.filter { part == "overall" || $0.pillar == part }
        let fields: [String] =
          [
            country.rank.map(String.init) ?? "", country.country,
            format.countries.entry(code: country.country)?.name ?? country.country, part,
            String(country.start.revision.number), country.start.revision.effectiveDate.iso,
            decimal(before.points), String(before.scored), decimal(before.value),
            String(country.end.revision.number), country.end.revision.effectiveDate.iso,
            decimal(after.points), String(after.scored), decimal(after.value),
            decimal(country.delta(part)),
          ]
          + [ChangeClass.established, .advanced, .regressed].map { change in
            String(moves.filter { $0.change == change }.count)
          } + [country.inRange ? "true" : "false", country.latest.effectiveDate.iso]
        out += fields.map(Changelog.csvField).joined(separator: ",") + "\r\n"
      }
    }
    return out
  }
}
