import DiffEngine
import LedgerModel
import ProfileModel

/// What a reviewer should look at, oldest first: the readings the reader marked for review,
/// and the statuses that moved between two revisions while the text barely changed (a
/// likely misreading). A reading a review stands on is never in it.
///
/// ```
/// BLZ  2015-03-02  #1  1.2.2  absent   marked: no rule decided
/// BLZ  2015-09-14  #2  1.3.1  present  moved from absent; the text is 92% the same
/// ```
public struct ReviewQueue: Hashable, Sendable {
  /// One reading to look at.
  public struct Entry: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
      /// The reader marked it, for this reason.
      case marked(String)
      /// Its status moved from `before` since the previous revision, whose text is
      /// `similarity` (0 to 1) the same.
      case moved(from: IndicatorStatus, previous: RevisionRef, similarity: Double)
      /// The reader warned of this, at this line of the revision's source (the entry's
      /// indicator is `-`, and it has no status).
      case warning(line: Int?, message: String)
    }

    public var country: String
    public var revision: RevisionRef
    public var indicator: String
    /// The machine's status; nil for a warning.
    public var status: IndicatorStatus?
    public var reason: Reason

    /// Whether this is a warning of the reader's, which no review settles.
    public var isWarning: Bool {
      if case .warning = reason { return true }
      return false
    }

    /// The status column: the reading's status, `-` for a warning.
    public var statusText: String { status?.rawValue ?? "-" }

    /// `marked: …` or `moved from absent; the text is 92% the same`.
    public var explanation: String {
      switch reason {
      case .marked(let why): "marked: \(why)"
      case .moved(let before, _, let similarity):
        "moved from \(before.rawValue); the text is \(Int((similarity * 100).rounded(.down)))% "
          + "the same"
      case .warning(let line, let message):
        "warning\(line.map { " at line \($0)" } ?? ""): \(message)"
      }
    }
  }

  /// How alike two texts must be (the Jaccard index of their words) for a status move
  /// between them to be queued.
  public static let barelyChanged = 0.8

  public var entries: [Entry]

  public init(
    marked: [MarkedReading], moves: [StatusMove], warnings: [ReadingWarning] = [],
    threshold: Double = ReviewQueue.barelyChanged
  ) {
    var entries = marked.map {
      Entry(
        country: $0.country, revision: $0.revision, indicator: $0.indicator, status: $0.status,
        reason: .marked($0.reason))
    }
    for move in moves {
      let similarity =
        move.similarity ?? ItemChanges.similarity(move.before.text, move.after.text)
      guard similarity >= threshold else { continue }
      entries.append(
        Entry(
          country: move.country, revision: move.revision, indicator: move.after.id,
          status: move.after.status,
          reason: .moved(from: move.before.status, previous: move.previous, similarity: similarity)
        ))
    }
    for warning in warnings {
      entries.append(
        Entry(
          country: warning.country, revision: warning.revision, indicator: "-",
          status: nil, reason: .warning(line: warning.line, message: warning.message)))
    }
    // Oldest first; within a revision, in catalog order, warnings last.
    self.entries = entries.sorted {
      if $0.revision.effectiveDate != $1.revision.effectiveDate {
        return $0.revision.effectiveDate < $1.revision.effectiveDate
      }
      if $0.country != $1.country { return $0.country < $1.country }
      if $0.revision.seq != $1.revision.seq { return $0.revision.seq < $1.revision.seq }
      switch ($0.reason, $1.reason) {
      case (.warning(let a, _), .warning(let b, _)): return (a ?? 0) < (b ?? 0)
      case (.warning, _): return false
      case (_, .warning): return true
      default: return $0.indicator.compare($1.indicator, options: .numeric) == .orderedAscending
      }
    }
  }

  /// One line per entry, with the command that settles it at the end.
  public func text() -> String {
    guard !entries.isEmpty else { return "nothing to review\n" }
    var out = ""
    for entry in entries {
      out +=
        "\(entry.country)  \(entry.revision.effectiveDate.iso)  #\(entry.revision.number)  "
        + "\(entry.indicator.padded(to: 6)) \(entry.statusText.padded(to: 8)) "
        + "\(entry.explanation)\n"
    }
    let settled = entries.filter { !$0.isWarning }.count
    out += "\(settled) to review"
    if settled < entries.count { out += ", \(entries.count - settled) warnings" }
    out += "; settle one with: profiles review COUNTRY DATE INDICATOR "
    out += "(--status S | --confirm) --note \"…\"\n"
    return out
  }

  /// `{"version": 1, "entries": [{country, effective_date, revision, seq, indicator,
  /// status, reason, why | from + previous_date + similarity}]}`.
  public func json() -> String {
    var json = JSONWriter()
    json.beginObject()
    json.field("version", 1)
    json.key("entries")
    json.beginArray()
    for entry in entries {
      json.beginObject()
      json.field("country", entry.country)
      json.field("effective_date", entry.revision.effectiveDate.iso)
      json.field("revision", entry.revision.number)
      json.field("seq", entry.revision.seq)
      json.field("indicator", entry.indicator)
      json.field("status", entry.status?.rawValue)
      switch entry.reason {
      case .marked(let why):
        json.field("reason", "marked")
        json.field("why", why)
      case .moved(let before, let previous, let similarity):
        json.field("reason", "moved")
        json.field("from", before.rawValue)
        json.field("previous_date", previous.effectiveDate.iso)
        json.field("similarity", (similarity * 1000).rounded() / 1000)
      case .warning(let line, let message):
        json.field("reason", "warning")
        json.key("line")
        if let line { json.int(line) } else { json.null() }
        json.field("why", message)
      }
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.text
  }

  /// RFC 4180, one row per entry.
  public func csv() -> String {
    var out = "country,effective_date,revision,seq,indicator,status,reason,detail\r\n"
    for entry in entries {
      let (reason, detail): (String, String) =
        switch entry.reason {
        case .marked(let why): ("marked", why)
        case .moved: ("moved", entry.explanation)
        case .warning: ("warning", entry.explanation)
        }
      out +=
        [
          entry.country, entry.revision.effectiveDate.iso, String(entry.revision.number),
          String(entry.revision.seq), entry.indicator, entry.statusText, reason, detail,
        ].map(Changelog.csvField).joined(separator: ",") + "\r\n"
    }
    return out
  }
}
