import Foundation
import GRDB
import LedgerModel
import ProfileModel

/// The append-only store of profile revisions, on SQLite.
///
/// Events (`Schema/ledger.sql`) are the source of truth; the projection tables are updated in
/// the same transaction as each append. Every public method is one transaction, so a crash at
/// any instant leaves each revision wholly in or not at all.
///
/// ```swift
/// let ledger = try Ledger(path: "profiles.sqlite")
/// let result = try ledger.record(source: bytes, profile: profile)
/// print(result.outcome)   // .recorded, .unchanged, .corrected or .backfilled
/// ```
public final class Ledger: Sendable {
  /// The schema version this program writes (the last migration's name).
  public static let schemaVersion = migrations.last!.0

  /// The migrations, in order: each one's name and the file of `Schema/` it runs. A file,
  /// once released, never changes; a new schema is a new file.
  static let migrations = [
    ("v1", "ledger.sql"), ("v2", "ledger-v2.sql"), ("v3", "ledger-v3.sql"),
    ("v4", "ledger-v4.sql"), ("v5", "ledger-v5.sql"), ("v6", "ledger-v6.sql"),
    ("v7", "ledger-v7.sql"), ("v8", "ledger-v8.sql"), ("v9", "ledger-v9.sql"),
    ("v10", "ledger-v10.sql"),
  ]

  /// The migrations before `name`, in order: those a store of the version before it had.
  static func migrations(before name: String) -> ArraySlice<(String, String)> {
    migrations.prefix { $0.0 != name }
  }

  public let path: String
  /// The store as a user named it: its file, or for a replica the shared log's address.
  public var name: String { shared?.address ?? path }
  /// How the store was opened.
  public let options: Options
  let writer: any DatabaseWriter
  /// The log on a server this store is a replica of; nil for a store of its own.
  public let shared: (any SharedLog)?
  /// What the writer knows of the store between transactions (see ``WriterState``).
  let state = WriterState()

  /// Opens (creating if needed) the store at `path`, in WAL mode; with `options.readOnly`,
  /// opens an existing store for reading only (see ``Options``).
  ///
  /// With `shared`, the store is a replica of that log: ``sync()`` fetches what it lacks,
  /// and every write transaction takes the log's write lock, catches up, and appends its
  /// events to the log, committing there before here.
  public init(path: String, options: Options = Options(), shared: (any SharedLog)? = nil) throws {
    self.path = path
    self.options = options
    self.shared = shared
    var configuration = Configuration()
    configuration.busyMode = .timeout(options.busyTimeout)
    configuration.readonly = options.readOnly
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      if let pages = options.maxPageCount {
        try db.execute(sql: "PRAGMA max_page_count = \(pages)")
      }
      // In WAL mode, NORMAL keeps every transaction atomic and the file consistent through a
      // crash of the process or the machine; only the last commits before a power loss may
      // be rolled back, never half-applied.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // Each document of a batch is written in a savepoint, whose undo journal would
      // otherwise go to a temporary file, one write per page touched.
      try db.execute(sql: "PRAGMA temp_store = MEMORY")
      // The page cache, per connection (see ``pageCache``): small for the writer, whose
      // cache lives as long as the store is open, larger for readers.
      try db.execute(
        sql: "PRAGMA cache_size = -\(Ledger.pageCache(readOnly: db.configuration.readonly))")
    }
    do {
      if !options.readOnly { try Ledger.inspectBeforeWriting(path: path) }
      let pool = try DatabasePool(path: path, configuration: configuration)
      try Ledger.migrate(pool, path: path, readOnly: options.readOnly)
      writer = pool
    } catch let error as DatabaseError {
      throw Ledger.translate(error, path: path, options: options)
    }
  }

  /// The page cache of each connection to a store file, in KiB (SQLite's default is 2 MiB).
  ///
  /// The writer's cache is kept for as long as the store is open, and recording fills it
  /// with pages from all over the hash indexes: held at 4 MiB (a batch of 128 documents
  /// dirties a few hundred pages), the memory of a long ingest does not grow with the
  /// store, and the pages it misses are read from the operating system's cache. A reader
  /// starts afresh after any other connection has written, so its cache holds what one read
  /// transaction touches: up to 64 MiB, for the reports that read whole projections. A
  /// store opened for reading only has readers' caches throughout.
  static let writerPageCache = 4 * 1024
  static let readerPageCache = 64 * 1024

  static func pageCache(readOnly: Bool) -> Int {
    readOnly ? readerPageCache : writerPageCache
  }

  /// A store in memory, for tests and previews.
  public init(inMemory: Void = (), shared: (any SharedLog)? = nil) throws {
    path = ":memory:"
    options = Options()
    self.shared = shared
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    let queue = try DatabaseQueue(configuration: configuration)
    try Ledger.migrate(queue, path: path)
    writer = queue
  }

  private static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for (name, file) in migrations {
      migrator.registerMigration(name) { db in
        guard let sql = StoreResources.file(file) else {
          preconditionFailure("Schema/\(file) is not embedded")
        }
        // Migration v9 converts every hash with a function of its own, on its connection.
        if name == "v9" { db.add(function: StoredHash.migrationFunction) }
        defer { if name == "v9" { db.remove(function: StoredHash.migrationFunction) } }
        try db.execute(sql: sql)
        // A projection a migration adds is filled from the events already recorded.
        if name == "v3" { try Ledger.fillFigureValues(in: db) }
        if name == "v7" { try Ledger.fillMarkedReadings(in: db) }
        if name == "v10" { try Ledger.measureMoves(in: db) }
      }
    }
    return migrator
  }

  static func migrate(
    _ writer: some DatabaseWriter, path: String, readOnly: Bool = false
  ) throws {
    let migrator = Ledger.migrator
    let check = { (db: Database) in try Ledger.checkSchema(db, path: path, readOnly: readOnly) }
    if readOnly {
      try writer.read(check)
    } else {
      try writer.write(check)
      // Each migration is a transaction of its own, but which are due is read before it:
      // processes opening a new store at the same moment may race to apply the same one.
      // The loser's transaction rolls back; it reads again what is due, and goes on.
      for attempt in 1... {
        do {
          try migrator.migrate(writer)
          break
        } catch let error as DatabaseError where attempt < 8 && error.resultCode == .SQLITE_ERROR {
          continue
        }
      }
    }
  }

  /// Refuses a file that holds other tables or a newer schema; `readOnly`, also one that
  /// needs a migration.
  static func checkSchema(_ db: Database, path: String, readOnly: Bool) throws {
    let migrator = Ledger.migrator
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    if !tables.isEmpty, !tables.contains("grdb_migrations") {
      throw LedgerError.notALedger(
        path: path, reason: "it holds other tables (\(tables.prefix(3).joined(separator: ", ")))")
    }
    if try migrator.hasBeenSuperseded(db) {
      throw LedgerError.newerSchema(path: path, found: try latestMigration(db) ?? "?")
    }
    if readOnly, try !migrator.hasCompletedMigrations(db) {
      throw LedgerError.olderSchema(path: path, found: try latestMigration(db) ?? "none")
    }
  }

  /// The latest migration applied to the store, by number (v10 after v9).
  private static func latestMigration(_ db: Database) throws -> String? {
    try Ledger.migrator.appliedIdentifiers(db).max {
      (Int($0.dropFirst()) ?? 0, $0) < (Int($1.dropFirst()) ?? 0, $1)
    }
  }

  /// The ledger error for an SQLite error on the store at `path`: each result code that a
  /// user can act on (read-only, locked, full, cannot open, I/O) with its cause.
  static func translate(
    _ error: DatabaseError, path: String, options: Options = Options()
  ) -> LedgerError {
    let message = error.message ?? "\(error)"
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      return .notALedger(path: path, reason: error.message ?? "not an SQLite database")
    case .SQLITE_READONLY, .SQLITE_PERM:
      // Reading a WAL store needs its -shm file, even when opened read-only.
      if options.readOnly, let cause = sharedMemoryCause(path: path) {
        return .cannotOpen(path: path, reason: cause)
      }
      return .readOnly(path: path, reason: readOnlyCause(path: path, options: options) ?? message)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return .locked(path: path, waited: options.busyTimeout)
    case .SQLITE_FULL:
      return .full(path: path)
    case .SQLITE_CANTOPEN,
      .SQLITE_IOERR where cannotOpenCause(path: path) != nil:
      if let cause = cannotOpenCause(path: path) { return .cannotOpen(path: path, reason: cause) }
      if !options.readOnly, let cause = readOnlyCause(path: path, options: options) {
        return .readOnly(path: path, reason: cause)
      }
      return .cannotOpen(path: path, reason: sharedMemoryCause(path: path) ?? message)
    case .SQLITE_IOERR:
      return .ioError(path: path, message: message)
    default:
      return .database(path: path, message: message)
    }
  }

  /// ``translate(_:path:options:)`` with this store's path and options.
  func translate(_ error: DatabaseError) -> LedgerError {
    Ledger.translate(error, path: path, options: options)
  }

  /// Runs `body` in a write transaction, turning SQLite errors into ledger errors.
  ///
  /// On a replica, the transaction holds the shared log's write lock from first to last:
  /// it appends what other writers committed before it, runs `body`, then appends the
  /// events `body` appended to the shared log and commits there, then here. A failure
  /// anywhere before that commit leaves both as they were; one after it leaves the replica
  /// behind, to catch up next time.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    // What other writers appended is fetched before the log's lock is taken, so that under
    // it only what they commit meanwhile remains to fetch.
    if shared != nil { try sync() }
    do {
      // The writer's memory is touched only here, with the write connection held, so that
      // concurrent callers never share it mid-transaction.
      return try writer.writeWithoutTransaction { db in
        let session = try shared?.beginWrite()
        var committed = false
        defer { if !committed { session?.rollback() } }
        var result: T?
        do {
          try db.inTransaction {
            if let session {
              let fetched = try catchUp(
                in: db, limit: .max, fetch: { after, _ in try session.records(after: after) },
                documents: session.documents)
              if fetched > 0 { state.reset() }
            }
            try state.begin(db)
            let before = session == nil ? 0 : try Ledger.headSeq(db)
            result = try body(db)
            if let session {
              let appended = try Ledger.records(after: before, in: db)
              if !appended.records.isEmpty {
                try session.append(appended.records, documents: appended.documents)
              }
              try session.commit()
              committed = true
            }
            return .commit
          }
          return result!
        } catch {
          // The transaction rolled back: what the writer had learnt in it is void.
          state.reset()
          // Committed to the shared log but not here: the events are recorded, and this
          // replica fetches them next time.
          if committed, let result { return result }
          throw error
        }
      }
    } catch let error as DatabaseError {
      throw translate(error)
    }
  }

  /// The seq of the last event; 0 for an empty log.
  static func headSeq(_ db: Database) throws -> Int {
    try Int.fetchOne(db, sql: "SELECT max(seq) FROM events") ?? 0
  }

  /// Runs `body` on a consistent snapshot of the store.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.read(body)
    } catch let error as DatabaseError {
      throw translate(error)
    }
  }

  /// `2026-11-29T09:13:14.123456Z`.
  static func timestamp(_ date: Date) -> String {
    timestamp(micros: Int64((date.timeIntervalSince1970 * 1_000_000).rounded()))
  }

  /// The recorded time of an event appended after one recorded at `previous`: `proposed`
  /// (the clock's), unless that is not later, then a microsecond after `previous`. Recorded
  /// times strictly increase along the log, whatever the clock does and however many events
  /// a transaction appends, so that every event has a time of its own to be asked about
  /// (`show --known-at`).
  static func stamp(_ proposed: String, after previous: String?) -> String {
    guard let previous, proposed <= previous else { return proposed }
    guard let micros = micros(previous) else { return proposed }
    return timestamp(micros: micros + 1)
  }

  /// The microseconds since 1970 of a time in the store's form; nil for any other text.
  /// Read by byte offsets: every event of a batch is stamped through here.
  static func micros(_ stamp: String) -> Int64? {
    let bytes = Array(stamp.utf8)
    guard bytes.count == 27, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54,
      bytes[13] == 0x3A, bytes[16] == 0x3A, bytes[19] == 0x2E, bytes[26] == 0x5A
    else { return nil }
    func number(_ range: Range<Int>) -> Int32? {
      var value: Int32 = 0
      for byte in bytes[range] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int32(byte - 0x30)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      let fraction = number(20..<26)
    else { return nil }
    var parts = tm()
    parts.tm_year = year - 1900
    parts.tm_mon = month - 1
    parts.tm_mday = day
    parts.tm_hour = hour
    parts.tm_min = minute
    parts.tm_sec = second
    return Int64(timegm(&parts)) * 1_000_000 + Int64(fraction)
  }

  static func timestamp(micros: Int64) -> String {
    var seconds = time_t(micros / 1_000_000)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    // Digits written by hand: `String(format:)` costs more than the rest of stamping.
    var out: [UInt8] = []
    out.reserveCapacity(27)
    func digits(_ value: Int, _ count: Int) {
      var divisor = 1
      for _ in 1..<count { divisor *= 10 }
      while divisor > 0 {
        out.append(0x30 + UInt8(value / divisor % 10))
        divisor /= 10
      }
    }
    digits(Int(parts.tm_year) + 1900, 4)
    out.append(0x2D)
    digits(Int(parts.tm_mon) + 1, 2)
    out.append(0x2D)
    digits(Int(parts.tm_mday), 2)
    out.append(0x54)
    digits(Int(parts.tm_hour), 2)
    out.append(0x3A)
    digits(Int(parts.tm_min), 2)
    out.append(0x3A)
    digits(Int(parts.tm_sec), 2)
    out.append(0x2E)
    digits(Int(micros % 1_000_000), 6)
    out.append(0x5A)
    return String(decoding: out, as: UTF8.self)
  }
}
