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
    var head = JSONWriter(capacity: 1024)
    head.beginObject()
    head.key("version")
    head.int(Changelog.jsonVersion)
    head.key("since")
    head.string(since?.iso)
    head.key("until")
    head.string(until?.iso)
    let summary = self.summary
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
    try sink(head.bytes)

    let groups = byCountry
    for start in stride(from: 0, to: groups.count, by: 64) {
      let pieces = Array(groups[start..<min(start + 64, groups.count)]).concurrentMap { group in
        // A member of the document's `countries` array: two containers deep.
        var json = JSONWriter(capacity: JSONWriter.estimate(group.entries), depth: 2)
        json.beginObject()
        json.key("code")
        json.string(group.country)
        json.key("name")
        json.string(format.countries.entry(code: group.country)?.name ?? group.country)
        json.key("revisions")
        json.beginArray()
        for entry in group.entries { write(entry, to: &json) }
        json.endArray()
        json.endObject()
        return json.bytes
      }
      for (offset, piece) in pieces.enumerated() {
        try sink(start + offset == 0 ? Changelog.firstMember : Changelog.nextMember)
        try sink(piece)
      }
    }
    try sink(Array((groups.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8))
  }

  /// What goes before a member of the `countries` array: a comma after the first, then the
  /// member's line and indentation.
  private static let firstMember = Array("\n    ".utf8)
  private static let nextMember = Array(",\n    ".utf8)

  private func write(_ entry: Entry, to json: inout JSONWriter) {
    json.beginObject()
    json.key("number")
    json.int(entry.revision.number)
    json.key("seq")
    json.int(entry.revision.seq)
    json.key("effectiveDate")
    json.string(entry.revision.effectiveDate.iso)
    json.key("recordedAt")
    json.string(entry.revision.recordedAt)
    json.key("contentHash")
    json.string(entry.revision.contentHash)
    json.key("outcome")
    json.string(entry.outcome.rawValue)
    json.key("previous")
    if let previous = entry.previous {
      json.beginObject()
      json.key("number")
      json.int(previous.number)
      json.key("seq")
      json.int(previous.seq)
      json.key("effectiveDate")
      json.string(previous.effectiveDate.iso)
      json.endObject()
    } else {
      json.null()
    }
    json.key("dateOnly")
    json.bool(entry.isDateOnly)
    json.key("indicators")
    json.beginArray()
    for change in entry.indicators { write(change, to: &json) }
    json.endArray()
    json.key("figures")
    json.beginArray()
    for change in entry.figures { write(change, to: &json) }
    json.endArray()
    json.endObject()
  }

  private func write(_ change: IndicatorChange, to json: inout JSONWriter) {
    json.beginObject()
    json.key("id")
    json.string(change.id)
    json.key("title")
    json.string(format.catalog.indicator(change.id)?.title ?? "")
    json.key("pillar")
    json.string(format.pillar(change.id))
    json.key("status")
    json.beginObject()
    json.key("before")
    json.string((change.before?.status ?? .missing).rawValue)
    json.key("after")
    json.string((change.after?.status ?? .missing).rawValue)
    json.key("direction")
    json.string(change.status?.direction.rawValue)
    json.endObject()
    json.key("classes")
    json.strings(change.classes.map(\.rawValue))
    json.key("items")
    if let items = change.items {
      json.beginObject()
      json.key("added")
      json.strings(items.added)
      json.key("removed")
      json.strings(items.removed)
      json.key("renames")
      json.beginArray()
      for rename in items.renames {
        json.beginObject()
        json.key("from")
        json.string(rename.from)
        json.key("to")
        json.string(rename.to)
        json.key("similarity")
        json.double(rename.similarity)
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
        json.key("kind")
        json.string(run.kind.rawValue)
        json.key("text")
        json.string(run.text)
        json.endObject()
      }
      json.endArray()
    } else {
      json.null()
    }
    json.endObject()
  }

  private func write(_ change: FigureChange, to json: inout JSONWriter) {
    json.beginObject()
    json.key("id")
    json.string(change.id)
    json.key("label")
    json.string(format.figureLabel(change.id))
    for (key, reading) in [("before", change.before), ("after", change.after)] {
      json.key(named: key)
      guard let reading else {
        json.null()
        continue
      }
      json.beginObject()
      json.key("value")
      json.string(reading.value)
      json.key("source")
      if let source = reading.source {
        json.beginObject()
        json.key("name")
        json.string(source.name)
        json.key("period")
        json.string(source.period)
        json.endObject()
      } else {
        json.null()
      }
      json.endObject()
    }
    json.key("delta")
    if let delta = change.delta {
      json.beginObject()
      json.key("absolute")
      json.double(delta.absolute)
      json.key("relative")
      if let relative = delta.relative { json.double(relative) } else { json.null() }
      json.endObject()
    } else {
      json.null()
    }
    json.endObject()
  }
}
