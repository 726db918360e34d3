import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// What an export wrote.
public struct ExportSummary: Hashable, Sendable {
  /// Events written, one line each after the header.
  public var events: Int
  /// Distinct source documents written.
  public var sources: Int
  /// The last event's hash (the genesis hash for an empty log).
  public var head: String
  /// Bytes written, header included.
  public var bytes: Int
}

/// The portable form of the whole log: JSON Lines, one object per line, UTF-8, `\n` line
/// ends. The first line is a header, every other line one event in log order, carrying every
/// field its hash covers, its reading (the canonical JSON the content hash covers, as a JSON
/// string) and, the first time each stored document appears (as an event's source, or as
/// the text extracted from its source), the document (base64).
///
/// The file is self-contained: anyone can check it with SHA-256 and base64 alone, and
/// ``Ledger/importLog(lines:)`` recreates the log from it, hash for hash. The format is
/// described field by field in `Schema/export.schema.json` and `Documentation/LogFile.md`.
///
/// ```
/// {"format":"profileledger-log","version":1,"events":2,"head":"8db0…"}
/// {"seq":1,"kind":"recorded","country":"BLZ",…,"hash":"1f3c…","reading":"{…}","source":{"size":7013,"base64":"Q1lC…"}}
/// ```
public enum LogFile {
  /// The header's `format`.
  public static let format = "profileledger-log"
  /// The header's `version`: the version this program writes. A change that an older reader
  /// could not ignore (a field removed, renamed or given another meaning, an event kind it
  /// does not know) is a new version. Version 2 adds events of kind `reviewed`, which carry
  /// their review (`review`) instead of a reading. Version 3 adds, on events whose document's
  /// text was extracted (a PDF), the text's hash and extractor (`text_hash`, `extractor`,
  /// covered by the event's hash) and the text itself (`text`).
  public static let version = 3
  /// The versions this program reads: every version it ever wrote.
  public static let readableVersions = 1...3
}

extension Ledger {
  /// Writes the whole log in the ``LogFile`` format to `sink`, in chunks of about a
  /// megabyte, from one consistent snapshot: memory stays bounded whatever the log's length.
  ///
  /// Every event is checked on the way out (its hash, its link to the event before, its
  /// reading and source against their hashes), so a damaged store is never copied as if it
  /// were sound: ``LogFileError/damagedStore(path:seq:message:)``.
  ///
  /// ```swift
  /// let out = FileHandle.standardOutput
  /// let summary = try ledger.exportLog { out.write(Data($0)) }
  /// ```
  public func exportLog(to sink: (_ chunk: [UInt8]) throws -> Void) throws -> ExportSummary {
    try read { db in
      let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
      let head =
        try Row.fetchOne(db, sql: "SELECT hash FROM events ORDER BY seq DESC LIMIT 1")?.hex(0)
        ?? LedgerEvent.genesisHash
      var out: [UInt8] = []
      out.reserveCapacity(1 << 21)
      var written = 0
      var sources = 0
      func flush() throws {
        written += out.count
        try sink(out)
        out.removeAll(keepingCapacity: true)
      }

      out.append(contentsOf: #"{"format":"#.utf8)
      CanonicalWriter.appendString(LogFile.format, to: &out)
      out.append(contentsOf: #","version":\#(LogFile.version),"events":\#(count),"head":"#.utf8)
      CanonicalWriter.appendString(head, to: &out)
      out.append(contentsOf: "}\n".utf8)

      // A stored document joins only the first event that names it, as its source or as the
      // text extracted from its source.
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT e.seq, e.kind, e.country, e.stream_version, e.effective_date, e.recorded_at,
            e.parser_version, e.catalog, e.source_hash, e.content_hash, e.supersedes,
            e.prev_hash, e.hash, e.supplied, e.text_hash, e.extractor, \(StoredBytes.reading("e")),
            \(StoredBytes.document("s")), \(StoredBytes.document("t"))
          FROM events e
          LEFT JOIN sources s ON s.hash = e.source_hash
            AND NOT EXISTS (
              SELECT 1 FROM events p WHERE p.source_hash = e.source_hash AND p.seq < e.seq)
            AND NOT EXISTS (
              SELECT 1 FROM events p WHERE p.text_hash = e.source_hash AND p.seq < e.seq)
          LEFT JOIN sources t ON t.hash = e.text_hash
            AND NOT EXISTS (
              SELECT 1 FROM events p WHERE p.source_hash = e.text_hash AND p.seq < e.seq)
            AND NOT EXISTS (
              SELECT 1 FROM events p WHERE p.text_hash = e.text_hash AND p.seq < e.seq)
          ORDER BY e.seq
          """)
      var previousHash = LedgerEvent.genesisHash
      var expectedSeq = 1
      while let row = try rows.next() {
        let seq: Int = row[0]
        func damaged(_ message: String) -> LogFileError {
          .damagedStore(path: path, seq: seq, message: message)
        }
        guard seq == expectedSeq else {
          throw damaged("follows event \(expectedSeq - 1): the events between are missing")
        }
        guard let kind = EventKind(rawValue: row[1]), let date = ProfileDate(iso: row[4] as String)
        else { throw damaged("its kind or effective date is not valid") }
        for (index, column) in Ledger.exportedHashColumns {
          if let problem = StoredHash.problem(column, row[index]) { throw damaged(problem) }
        }
        var event = LedgerEvent(
          seq: seq, kind: kind, country: row[2], streamVersion: row[3], effectiveDate: date,
          recordedAt: row[5], parserVersion: row[6], catalog: row[7], sourceHash: row.hex(8),
          contentHash: row.hex(9), supersedes: row[10], prevHash: row.hex(11) ?? "",
          hash: row.hex(12) ?? "")
        if let stored = row[13] as String? {
          guard let fields = SuppliedField.fields(stored: stored) else {
            throw damaged("its supplied fields '\(stored)' are not country or date")
          }
          event.supplied = fields
        }
        event.textHash = row.hex(14)
        event.extractor = row[15]
        guard event.prevHash == previousHash else {
          throw damaged("its previous hash is not the hash of event \(seq - 1)")
        }
        guard event.hash == event.computedHash else {
          throw damaged("its hash does not match its fields")
        }

        var reading: [UInt8]?
        if let contentHash = event.contentHash {
          guard let bytes = try? StoredBytes.decompress(row, at: 16),
            CanonicalJSON.sha256Hex(bytes) == contentHash
          else { throw damaged("its reading does not hash to its content hash") }
          reading = bytes
        }
        func document(_ hash: String?, at index: Int, what: String) throws -> [UInt8]? {
          guard let hash, row[index] as Int? != nil else { return nil }
          guard let bytes = try? StoredBytes.decompress(row, at: index),
            CanonicalJSON.sha256Hex(bytes) == hash
          else { throw damaged("its \(what) does not hash to \(hash)") }
          sources += 1
          return bytes
        }
        let source = try document(event.sourceHash, at: 20, what: "source document")
        let text = try document(event.textHash, at: 24, what: "extracted text")

        LogFile.appendEvent(event, reading: reading, source: source, text: text, to: &out)
        if out.count >= 1 << 20 { try flush() }
        previousHash = event.hash
        expectedSeq += 1
      }
      try flush()
      return ExportSummary(events: count, sources: sources, head: head, bytes: written)
    }
  }

  /// The hash columns of an exported event's row, by position, each checked to hold the 32
  /// bytes of a SHA-256 before the row is read.
  private static let exportedHashColumns = [
    (8, "source_hash"), (9, "content_hash"), (11, "prev_hash"), (12, "hash"), (14, "text_hash"),
  ]
}

extension LogFile {
  /// Appends one event's line, `\n` included, keys in the documented order.
  static func appendEvent(
    _ event: LedgerEvent, reading: [UInt8]?, source: [UInt8]?, text: [UInt8]? = nil,
    to out: inout [UInt8]
  ) {
    var first = true
    func key(_ name: StaticString) {
      out.append(contentsOf: first ? #"{""#.utf8 : #",""#.utf8)
      first = false
      name.withUTF8Buffer { out.append(contentsOf: $0) }
      out.append(contentsOf: #"":"#.utf8)
    }
    func string(_ value: String?) {
      if let value { CanonicalWriter.appendString(value, to: &out) } else { null() }
    }
    func int(_ value: Int?) {
      if let value { out.append(contentsOf: String(value).utf8) } else { null() }
    }
    func null() { out.append(contentsOf: "null".utf8) }

    key("seq")
    int(event.seq)
    key("kind")
    string(event.kind.rawValue)
    key("country")
    string(event.country)
    key("stream_version")
    int(event.streamVersion)
    key("effective_date")
    string(event.effectiveDate.iso)
    key("recorded_at")
    string(event.recordedAt)
    key("parser_version")
    int(event.parserVersion)
    key("catalog")
    string(event.catalog)
    key("source_hash")
    string(event.sourceHash)
    key("content_hash")
    string(event.contentHash)
    key("supersedes")
    int(event.supersedes)
    key("prev_hash")
    string(event.prevHash)
    key("hash")
    string(event.hash)
    // Only on events with supplied values: a log without any is what it always was.
    if let supplied = SuppliedField.stored(event.supplied) {
      key("supplied")
      out.append(UInt8(ascii: "["))
      for (index, field) in supplied.split(separator: ",").enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        CanonicalWriter.appendString(String(field), to: &out)
      }
      out.append(UInt8(ascii: "]"))
    }
    // Only on events whose document's text was extracted.
    if event.textHash != nil || event.extractor != nil {
      key("text_hash")
      string(event.textHash)
      key("extractor")
      string(event.extractor)
    }
    // A review event's payload is its review; every other event's, its reading.
    if event.kind == .reviewed {
      key("review")
    } else {
      key("reading")
    }
    if let reading {
      reading.withUnsafeBufferPointer { CanonicalWriter.appendString(utf8: $0, to: &out) }
    } else {
      null()
    }
    func document(_ bytes: [UInt8]?) {
      guard let bytes else { return null() }
      out.append(contentsOf: #"{"size":\#(bytes.count),"base64":""#.utf8)
      appendBase64(bytes, to: &out)
      out.append(contentsOf: "\"}".utf8)
    }
    key("source")
    document(source)
    if event.textHash != nil {
      key("text")
      document(text)
    }
    out.append(contentsOf: "}\n".utf8)
  }

  /// Appends `bytes` in standard base64 (RFC 4648, with padding).
  static func appendBase64(_ bytes: [UInt8], to out: inout [UInt8]) {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    out.reserveCapacity(out.count + (bytes.count + 2) / 3 * 4)
    var index = 0
    while index + 3 <= bytes.count {
      let n = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(alphabet[Int(n >> 6 & 63)])
      out.append(alphabet[Int(n & 63)])
      index += 3
    }
    let rest = bytes.count - index
    if rest > 0 {
      let n = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(rest == 2 ? alphabet[Int(n >> 6 & 63)] : 0x3D)
      out.append(0x3D)
    }
  }
}
