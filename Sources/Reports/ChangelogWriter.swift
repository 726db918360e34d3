import LedgerModel
import ProfileModel

/// Writes a changelog in parts, in constant memory whatever the store's size: its opening
/// (from the ``Changelog/Overview`` of the whole), then each part's countries as they are
/// read, then its end. The bytes are those the whole changelog's `markdown()`, `csv()`,
/// `writeJSON(to:)` or `atom()` gives.
///
/// ```swift
/// var writer = ChangelogWriter(.json, since: since, until: until) { write($0) }
/// try ledger.withChangeGroups(since: since, until: until) { groups in
///   var overview = Changelog.Overview()
///   try groups.forEach { overview.add($0) }
///   try writer.begin(overview)
///   try groups.forEach { try writer.write(Changelog($0, since: since, until: until)) }
///   try writer.end()
/// }
/// ```
public struct ChangelogWriter {
  public enum Format: Sendable {
    case markdown, json, csv, atom

    /// Whether the opening needs the overview (CSV's does not: it is one pass).
    public var needsOverview: Bool { self != .csv }
  }

  public let format: Format
  let since: ProfileDate?
  let until: ProfileDate?
  let changeFormat: ChangeFormat
  let sink: ([UInt8]) throws -> Void
  /// JSON: the members of the `countries` array written so far.
  private var members = 0

  public init(
    _ format: Format, since: ProfileDate?, until: ProfileDate?,
    changeFormat: ChangeFormat = ChangeFormat(), sink: @escaping ([UInt8]) throws -> Void
  ) {
    self.format = format
    self.since = since
    self.until = until
    self.changeFormat = changeFormat
    self.sink = sink
  }

  /// Writes the opening: the title and counts, the JSON document's head, the CSV header.
  public mutating func begin(_ overview: Changelog.Overview) throws {
    let empty = Changelog([], since: since, until: until, format: changeFormat)
    switch format {
    case .markdown: try sink(Array(empty.markdownOpening(overview).utf8))
    case .json: try sink(empty.jsonOpening(overview))
    case .csv: try sink(Array(Changelog.csvHeader.utf8))
    case .atom: try sink(Array(empty.atomOpening(overview).utf8))
    }
  }

  /// Writes `part`, the changelog of countries after those written so far.
  public mutating func write(_ part: Changelog) throws {
    switch format {
    case .markdown: try sink(Array(part.markdownSections().utf8))
    case .json: members = try part.writeJSONCountries(after: members, to: sink)
    case .csv: try sink(Array(part.csvRows().utf8))
    case .atom: try sink(Array(part.atomEntries().utf8))
    }
  }

  /// Writes the end.
  public mutating func end() throws {
    switch format {
    case .markdown, .csv: break
    case .json: try sink(Changelog.jsonClosing(members: members))
    case .atom: try sink(Array(Changelog.atomClosing.utf8))
    }
  }
}
