import DiffEngine

extension Changelog {
  /// The CSV columns, in order.
  public static let csvColumns = [
    "country", "name", "revision", "effective_date", "previous_revision", "previous_date",
    "indicator", "title", "pillar", "status_before", "status_after", "direction", "classes",
    "items_added", "items_removed", "renames", "text_diff",
  ]

  /// The changelog as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a
  /// quote or a line break, quotes doubled): a header, then one row per indicator change,
  /// oldest first within each country. Lists are joined with ` | `; `text_diff` marks words
  /// as `[-deleted-]{+inserted+}`.
  public func csv() -> String {
    Changelog.csvHeader + csvRows()
  }

  /// The header row.
  static let csvHeader = Changelog.csvColumns.joined(separator: ",") + "\r\n"

  /// A row per indicator change.
  func csvRows() -> String {
    var out = ""
    for entry in entries {
      for change in entry.indicators {
        let fields: [String] = [
          entry.country, format.countries.entry(code: entry.country)?.name ?? entry.country,
          String(entry.revision.number), entry.revision.effectiveDate.iso,
          entry.previous.map { String($0.number) } ?? "",
          entry.previous?.effectiveDate.iso ?? "", change.id,
          format.catalog.indicator(change.id)?.title ?? "", format.pillar(change.id),
          (change.before?.status ?? .missing).rawValue,
          (change.after?.status ?? .missing).rawValue, change.status?.direction.rawValue ?? "",
          change.classes.map(\.rawValue).joined(separator: " "),
          (change.items?.added ?? []).joined(separator: " | "),
          (change.items?.removed ?? []).joined(separator: " | "),
          (change.items?.renames ?? []).map {
            "\($0.from) → \($0.to) (\(ChangeFormat.similarity($0)))"
          }.joined(separator: " | "),
          change.words.map { ChangeFormat.words($0, .plain) } ?? "",
        ]
        out += fields.map(Changelog.csvField).joined(separator: ",") + "\r\n"
      }
    }
    return out
  }

  /// One field, quoted when RFC 4180 requires it.
  static func csvField(_ value: String) -> String {
    guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else { return value }
    return "\"" + value.replacing(ascii: UInt8(ascii: "\""), with: "\"\"") + "\""
  }
}
