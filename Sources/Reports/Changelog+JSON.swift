import DiffEngine
import LedgerModel
import ParallelMap
import ProfileModel

extension Changelog {
  /// The version of the JSON form, documented by `Schema/changelog.schema.json`.
  public static let jsonVersion = 1

  /// The changelog as JSON, version ``jsonVersion``, as `Schema/changelog.schema.json`
  /// describes it: countries by code, each with its revisions oldest first.
  public func json() -> String { String(decoding: jsonBytes(), as: UTF8.self) }

  /// ``json()`` as UTF-8 bytes.
  public func jsonBytes() -> [UInt8] {
    var result: [UInt8] = []
    writeJSON { result.append(contentsOf: $0) }
    return result
  }

  /// Hands ``json()`` to `sink` in pieces, in order, without holding the whole document:
  /// the countries are written a few dozen at a time, each on a core of its own.
  public func writeJSON(to sink: ([UInt8]) throws -> Void) rethrows {
    try sink(jsonOpening(overview))
    let members = try writeJSONCountries(after: 0, to: sink)
    try sink(Changelog.jsonClosing(members: members))
  }

  /// The document up to its `countries` array, open.
  func jsonOpening(_ overview: Overview) -> [UInt8] {
    var head = JSONWriter(capacity: 1024)
    head.beginObject()
    head.field("version", Changelog.jsonVersion)
    head.field("since", since?.iso)
    head.field("until", until?.iso)
    let summary = overview.summary
    head.key("summary")
    head.beginObject()
    for (key, value) in [
      ("countries", summary.countries), ("revisions", summary.revisions),
      ("indicatorChanges", summary.indicatorChanges), ("figureChanges", summary.figureChanges),
      ("dateOnly", summary.dateOnly),
    ] {
      head.key(named: key)
      head.int(value)
    }
    head.endObject()
    head.key("countries")
    head.beginArray()
    return head.bytes
  }

  /// Writes this changelog's countries as members of the `countries` array, after
  /// `written` members; returns the number written then.
  func writeJSONCountries(after written: Int, to sink: ([UInt8]) throws -> Void) rethrows -> Int {
    let groups = byCountry
    for start in stride(from: 0, to: groups.count, by: 64) {
      let pieces = Array(groups[start..<min(start + 64, groups.count)]).concurrentMap { group in
        // A member of the document's `countries` array: two containers deep.
        var json = JSONWriter(capacity: JSONWriter.estimate(group.entries), depth: 2)
        json.beginObject()
        json.field("code", group.country)
        json.field("name", format.countries.entry(code: group.country)?.name ?? group.country)
        json.key("revisions")
        json.beginArray()
        for entry in group.entries { write(entry, to: &json) }
        json.endArray()
        json.endObject()
        return json.bytes
      }
      for (offset, piece) in pieces.enumerated() {
        try sink(written + start + offset == 0 ? Changelog.firstMember : Changelog.nextMember)
        try sink(piece)
      }
    }
    return written + groups.count
  }

  /// The end of the document, after `members` members of its `countries` array.
  static func jsonClosing(members: Int) -> [UInt8] {
    Array((members == 0 ? "]\n}\n" : "\n  ]\n}\n").utf8)
  }

  /// What goes before a member of the `countries` array: a comma after the first, then the
  /// member's line and indentation.
  private static let firstMember = Array("\n    ".utf8)
  private static let nextMember = Array(",\n    ".utf8)

  private func write(_ entry: Entry, to json: inout JSONWriter) {
    json.beginObject()
    json.field("number", entry.revision.number)
    json.field("seq", entry.revision.seq)
    json.field("effectiveDate", entry.revision.effectiveDate.iso)
    json.field("recordedAt", entry.revision.recordedAt)
    json.field("contentHash", entry.revision.contentHash)
    json.field("outcome", entry.outcome.rawValue)
    json.key("previous")
    if let previous = entry.previous {
      json.beginObject()
      json.field("number", previous.number)
      json.field("seq", previous.seq)
      json.field("effectiveDate", previous.effectiveDate.iso)
      json.endObject()
    } else {
      json.null()
    }
    json.field("dateOnly", entry.isDateOnly)
    json.key("indicators")
    json.beginArray()
    for change in entry.indicators { write(change, review: entry.reviews[change.id], to: &json) }
    json.endArray()
    json.key("figures")
    json.beginArray()
    for change in entry.figures { write(change, to: &json) }
    json.endArray()
    json.endObject()
  }

  private func write(_ change: IndicatorChange, review: ReviewMark?, to json: inout JSONWriter) {
    json.beginObject()
    json.field("id", change.id)
    json.field("title", format.catalog.indicator(change.id)?.title ?? "")
    json.field("pillar", format.pillar(change.id))
    json.key("status")
    json.beginObject()
    json.field("before", (change.before?.status ?? .missing).rawValue)
    json.field("after", (change.after?.status ?? .missing).rawValue)
    json.field("direction", change.status?.direction.rawValue)
    json.endObject()
    json.field("classes", change.classes.map(\.rawValue))
    json.key("items")
    if let items = change.items {
      json.beginObject()
      json.field("added", items.added)
      json.field("removed", items.removed)
      json.key("renames")
      json.beginArray()
      for rename in items.renames {
        json.beginObject()
        json.field("from", rename.from)
        json.field("to", rename.to)
        json.field("similarity", rename.similarity)
        json.endObject()
      }
      json.endArray()
      json.endObject()
    } else {
      json.null()
    }
    json.key("words")
    if let words = change.words {
      json.beginArray()
      for run in words {
        json.beginObject()
        json.field("kind", run.kind.rawValue)
        json.field("text", run.text)
        json.endObject()
      }
      json.endArray()
    } else {
      json.null()
    }
    // Only on reviewed readings: a changelog without reviews is what it always was.
    if let review { json.review(review) }
    json.endObject()
  }

  private func write(_ change: FigureChange, to json: inout JSONWriter) {
    json.beginObject()
    json.field("id", change.id)
    json.field("label", format.figureLabel(change.id))
    for (key, reading) in [("before", change.before), ("after", change.after)] {
      json.key(named: key)
      guard let reading else {
        json.null()
        continue
      }
      json.beginObject()
      json.field("value", reading.value)
      json.key("source")
      if let source = reading.source {
        json.beginObject()
        json.field("name", source.name)
        json.field("period", source.period)
        json.endObject()
      } else {
        json.null()
      }
      json.endObject()
    }
    json.key("delta")
    if let delta = change.delta {
      json.beginObject()
      json.field("absolute", delta.absolute)
      json.key("relative")
      if let relative = delta.relative { json.double(relative) } else { json.null() }
      json.endObject()
    } else {
      json.null()
    }
    json.endObject()
  }
}
