import DiffEngine
import ProfileModel

extension Changelog {
  /// The changelog as an Atom 1.0 feed (RFC 4287): one entry per revision, by country and
  /// newest first, whose HTML content is the change itself.
  ///
  /// Ids are `urn:uuid:` names derived from the content hashes of the revision and the one
  /// before it, so an entry keeps its id however often the feed is made, and a correction
  /// or backfill that changes what an entry says gives it a new one. An entry is `updated`
  /// when the store recorded the revision and `published` on its effective date.
  public func atom() -> String {
    atomOpening(overview) + atomEntries() + Changelog.atomClosing
  }

  /// The feed's own elements. Its id is made from its range and countries.
  func atomOpening(_ overview: Overview) -> String {
    let updated = overview.updated ?? "1970-01-01T00:00:00Z"
    var feedKey = "feed \(since?.iso ?? "-") \(until?.iso ?? "-")"
    for country in overview.countries { feedKey += " \(country)" }
    var out = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
    out += #"<feed xmlns="http://www.w3.org/2005/Atom">"# + "\n"
    out += "  <id>\(Changelog.uuidURN(feedKey))</id>\n"
    out += "  <title>Country profile changes \(HTML.escape(rangeDescription))</title>\n"
    out += "  <subtitle>\(HTML.escape(Changelog.summaryLine(overview.summary)))</subtitle>\n"
    out += "  <updated>\(updated)</updated>\n"
    out += "  <author><name>ProfileLedger</name></author>\n"
    out += "  <generator>profiles changelog</generator>\n"
    return out
  }

  /// An entry per revision, by country and newest first.
  func atomEntries() -> String {
    var out = ""
    for entry in byCountry.flatMap({ $0.entries.reversed() }) {
      out += "  <entry>\n"
      out += "    <id>\(Changelog.uuidURN(entryKey(entry)))</id>\n"
      out += "    <title>\(HTML.escape(title(entry)))</title>\n"
      out += "    <updated>\(entry.revision.recordedAt)</updated>\n"
      out += "    <published>\(entry.revision.effectiveDate.iso)T00:00:00Z</published>\n"
      out += "    <category term=\"\(entry.country)\"/>\n"
      out += "    <content type=\"html\">\(HTML.escape(html(entry)))</content>\n"
      out += "  </entry>\n"
    }
    return out
  }

  static let atomClosing = "</feed>\n"

  private func entryKey(_ entry: Entry) -> String {
    "entry \(entry.country) \(entry.previous?.contentHash ?? "-") \(entry.revision.contentHash)"
  }

  /// `Belize (BLZ) 2015-06-01: 2 indicators and 1 figure changed`.
  func title(_ entry: Entry) -> String {
    let head = "\(format.countryName(entry.country)) \(entry.revision.effectiveDate.iso): "
    if entry.isFirst { return head + "first revision" }
    if entry.isDateOnly { return head + "date only" }
    var parts: [String] = []
    let established = entry.indicators.filter { $0.classes.contains(.established) }
    let regressed = entry.indicators.filter { $0.classes.contains(.regressed) }
    if !established.isEmpty {
      parts.append("established " + established.map(\.id).joined(separator: ", "))
    }
    if !regressed.isEmpty {
      parts.append("regressed " + regressed.map(\.id).joined(separator: ", "))
    }
    var changed: [String] = []
    if !entry.indicators.isEmpty { changed.append(count(entry.indicators.count, "indicator")) }
    if !entry.figures.isEmpty { changed.append(count(entry.figures.count, "figure")) }
    parts.append(changed.joined(separator: " and ") + " changed")
    return head + parts.joined(separator: "; ")
  }

  /// The entry's change as HTML: each indicator with its status, classes, items and word
  /// diff, then the figures.
  func html(_ entry: Entry) -> String {
    guard let previous = entry.previous else {
      return
        "<p>First revision of \(HTML.escape(format.countryName(entry.country))) in the store.</p>"
    }
    var out =
      "<p>Revision \(entry.revision.number), compared with revision \(previous.number) "
      + "(\(previous.effectiveDate.iso)).</p>"
    if entry.isDateOnly { return out + "<p>Date only: nothing but the date changed.</p>" }
    if !entry.indicators.isEmpty {
      out += "<ul>"
      for change in entry.indicators {
        out += "<li><strong>\(HTML.escape(format.indicatorTitle(change.id)))</strong>: "
        out += "\(format.status(change)) (\(format.classes(change)))"
        for line in format.itemLines(change.items) { out += "<br/>\(HTML.escape(line))" }
        if let words = change.words {
          out += "<p>"
          out += ChangeFormat.words(words, .html).replacing(
            ascii: UInt8(ascii: "\n"), with: "<br/>")
          out += "</p>"
        }
        out += "</li>"
      }
      out += "</ul>"
    }
    if !entry.figures.isEmpty {
      out += "<ul>"
      for change in entry.figures {
        out +=
          "<li>\(HTML.escape(format.figureLabel(change.id))): "
          + "\(HTML.escape(format.figureChange(change)))</li>"
      }
      out += "</ul>"
    }
    return out
  }

  /// A name-based `urn:uuid:` (version 5 layout, SHA-256 of `key`).
  static func uuidURN(_ key: String) -> String {
    var hex = Array(CanonicalJSON.sha256Hex(Array(key.utf8)).prefix(32))
    hex[12] = "5"
    let variant = Int(String(hex[16]), radix: 16)! & 0x3 | 0x8
    hex[16] = Character(String(variant, radix: 16))
    let text = String(hex)
    func part(_ start: Int, _ length: Int) -> Substring {
      let from = text.index(text.startIndex, offsetBy: start)
      return text[from..<text.index(from, offsetBy: length)]
    }
    return "urn:uuid:\(part(0, 8))-\(part(8, 4))-\(part(12, 4))-\(part(16, 4))-\(part(20, 12))"
  }
}
