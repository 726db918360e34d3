import Foundation
import GRDB
import GRDBSQLite
import LedgerModel
import ProfileModel

/// Runs a cached INSERT statement with values bound straight through SQLite's C API.
///
/// Ingest binds about seventy values per revision; building `StatementArguments` for them
/// (an existential box and a conversion per value) cost more than SQLite's own work. Only
/// for statements that return no rows, inside a transaction GRDB opened.
struct FastInsert {
  private let statement: OpaquePointer
  private var index: Int32 = 1

  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Binds values with `bind`, in parameter order, then steps `statement` to completion.
  static func run(
    _ statement: Statement, in db: Database, _ bind: (inout FastInsert) -> Void
  ) throws {
    let handle = statement.sqliteStatement
    sqlite3_reset(handle)
    var binder = FastInsert(statement: handle)
    bind(&binder)
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else {
      let connection = db.sqliteConnection
      throw DatabaseError(
        resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
        message: String(cString: sqlite3_errmsg(connection)), sql: statement.sql)
    }
  }

  mutating func int(_ value: Int) {
    sqlite3_bind_int64(statement, index, Int64(value))
    index += 1
  }

  mutating func int(_ value: Int64) {
    sqlite3_bind_int64(statement, index, value)
    index += 1
  }

  mutating func int(_ value: Int?) {
    if let value { int(value) } else { null() }
  }

  mutating func text(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      // An empty buffer may have no address; SQLite reads a null pointer as NULL, not "".
      let empty: CChar = 0
      withUnsafePointer(to: empty) { fallback in
        _ = sqlite3_bind_text(
          statement, index,
          UnsafeRawPointer(utf8.baseAddress)?.assumingMemoryBound(to: CChar.self) ?? fallback,
          Int32(utf8.count), FastInsert.transient)
      }
    }
    index += 1
  }

  mutating func text(_ value: String?) {
    if let value { text(value) } else { null() }
  }

  mutating func blob(_ value: [UInt8]) {
    value.withUnsafeBytes {
      _ = sqlite3_bind_blob(
        statement, index, $0.baseAddress, Int32($0.count), FastInsert.transient)
    }
    index += 1
  }

  mutating func blob(_ value: Data) {
    value.withUnsafeBytes {
      _ = sqlite3_bind_blob(
        statement, index, $0.baseAddress, Int32($0.count), FastInsert.transient)
    }
    index += 1
  }

  /// A hash, as its 32 bytes (schema v9).
  mutating func hash(_ value: SHA256Hash) {
    value.withUnsafeBytes {
      _ = sqlite3_bind_blob(statement, index, $0.baseAddress, 32, FastInsert.transient)
    }
    index += 1
  }

  mutating func hash(_ value: SHA256Hash?) {
    if let value { hash(value) } else { null() }
  }

  /// A hash given in hex, as its 32 bytes: for events and documents that come as users and
  /// files see them (imported, fetched from a shared log). Text that is not 64 lower-case hex
  /// digits, which nothing this program writes holds, is bound as it is: what the store
  /// keeps then is what was given, and `verify` reports it.
  mutating func hash(hex value: String?) {
    guard let value else { return null() }
    if let parsed = SHA256Hash(hex: value) { hash(parsed) } else { text(value) }
  }

  mutating func null() {
    sqlite3_bind_null(statement, index)
    index += 1
  }
}

extension FastInsert {
  /// The columns of an event's row, in the order
  /// ``bindEvent(_:readingSize:readingZlib:readingBase:to:)`` binds them.
  static let eventColumns = """
    seq, kind, country, stream_version, effective_date, recorded_at, parser_version, catalog,
    source_hash, content_hash, reading_size, reading_zlib, supersedes, prev_hash, hash,
    supplied, text_hash, extractor, reading_base
    """
  static let eventColumnCount = 19

  /// Inserts `event`'s row, with its reading compressed (`nil` for a withdrawal), against
  /// the reading of the event `readingBase` when given: the one statement by which the log
  /// grows one event at a time, whether recorded here or imported (``AppendBatch`` appends
  /// many with the same columns). `hashes` are the event's hashes as bytes, when the caller
  /// has them; else they are read from the event's hex.
  static func insertEvent(
    _ event: LedgerEvent, hashes: StoredEventHashes? = nil, readingSize: Int?,
    readingZlib: [UInt8]?, readingBase: Int? = nil, in db: Database
  ) throws {
    try FastInsert.run(
      db.cachedStatement(
        sql: "INSERT INTO events (\(eventColumns)) VALUES "
          + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      in: db
    ) {
      bindEvent(
        event, hashes: hashes, readingSize: readingSize, readingZlib: readingZlib,
        readingBase: readingBase, to: &$0)
    }
  }

  /// Binds the values of `event`'s row, in the order of ``eventColumns``: its hashes from
  /// `hashes` when given, else from the event's hex.
  static func bindEvent(
    _ event: LedgerEvent, hashes: StoredEventHashes?, readingSize: Int?, readingZlib: [UInt8]?,
    readingBase: Int?, to binder: inout FastInsert
  ) {
    binder.int(event.seq)
    binder.text(event.kind.rawValue)
    binder.text(event.country)
    binder.int(event.streamVersion)
    binder.text(event.effectiveDate.iso)
    binder.text(event.recordedAt)
    binder.int(event.parserVersion)
    binder.text(event.catalog)
    if let hashes {
      binder.hash(hashes.source)
      binder.hash(hashes.content)
    } else {
      binder.hash(hex: event.sourceHash)
      binder.hash(hex: event.contentHash)
    }
    binder.int(readingSize)
    if let readingZlib { binder.blob(readingZlib) } else { binder.null() }
    binder.int(event.supersedes)
    if let hashes {
      if let previous = hashes.previous {
        binder.hash(previous)
      } else {
        binder.hash(hex: event.prevHash)
      }
      binder.hash(hashes.hash)
    } else {
      binder.hash(hex: event.prevHash)
      binder.hash(hex: event.hash)
    }
    binder.text(SuppliedField.stored(event.supplied))
    if let hashes { binder.hash(hashes.text) } else { binder.hash(hex: event.textHash) }
    binder.text(event.extractor)
    binder.int(readingBase)
  }
}
