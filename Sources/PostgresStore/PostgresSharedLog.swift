import EventStore
import Foundation
import LedgerModel
import Logging
import PostgresNIO
import ProfileModel

/// The log of a store on a PostgreSQL server, which replicas on any number of machines
/// share (see `SharedLog`): its events and documents, append-only, in `Schema/postgres/`.
///
/// Writers keep one linear chain by taking a transaction-scoped advisory lock before they
/// read the head; each commit notifies the channel `profiles_log` with the new head's seq,
/// for servers that wait for changes (``waitForChange(timeout:)``).
///
/// ```swift
/// let log = try PostgresSharedLog.open(address, password: address.password(), creating: true)
/// let ledger = try Ledger(path: replicaPath, shared: log)
/// try ledger.sync()
/// ```
public final class PostgresSharedLog: SharedLog, @unchecked Sendable {
  public let address: String
  /// The PostgreSQL schema that holds the store's tables, when not the database's default.
  public let namespace: String?
  /// The connection, made again when the server closed it (a restart, a dropped network).
  private(set) var connection: PostgresConnection
  private let configuration: PostgresConnection.Configuration
  let logger: Logger
  /// How long a writer waits for the write lock, in seconds.
  let lockTimeout: TimeInterval
  /// One request at a time on the connection, from whichever thread.
  private let lock = NSLock()

  /// The advisory lock key of writes: "PROFLOG" in ASCII.
  static let writeLock: Int64 = 0x50_524F_464C_4F47
  /// The channel each commit notifies.
  public static let channel = "profiles_log"

  init(
    address: String, namespace: String?, connection: PostgresConnection,
    configuration: PostgresConnection.Configuration, logger: Logger, lockTimeout: TimeInterval
  ) {
    self.configuration = configuration
    self.address = address
    self.namespace = namespace
    self.connection = connection
    self.logger = logger
    self.lockTimeout = lockTimeout
  }

  deinit {
    try? connection.close().wait()
  }

  /// Connects to the store at `address`. With `creating`, creates its schema (or brings it up
  /// to date) if needed; without, refuses a database that holds no store. With `namespace`,
  /// the store's tables are those of that PostgreSQL schema (created if needed), so that one
  /// database may hold several stores.
  public static func open(
    _ address: PostgresAddress, password: String?, creating: Bool, lockTimeout: TimeInterval = 30,
    namespace: String? = nil, logger: Logger = Logger(label: "profiles.postgres")
  ) throws -> PostgresSharedLog {
    let name = address.description + (namespace.map { " (schema \($0))" } ?? "")
    var configuration = try address.connectionConfiguration(password: password)
    if let namespace {
      configuration.options.additionalStartupParameters = [("search_path", namespace)]
    }
    let connection = try connect(configuration, address: name, logger: logger)
    let log = PostgresSharedLog(
      address: name, namespace: namespace, connection: connection, configuration: configuration,
      logger: logger, lockTimeout: lockTimeout)
    try log.run {
      if let namespace, creating {
        let quoted = "\"" + namespace.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        // Under the migrations' lock: processes opening a new store at once make it once.
        for statement in [
          "BEGIN", "SELECT pg_advisory_xact_lock(\(PostgresLog.migrationLock))",
          "CREATE SCHEMA IF NOT EXISTS \(quoted)", "COMMIT",
        ] {
          _ = try connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).wait()
        }
      }
      let applied = try PostgresLog.appliedMigrations(on: connection, logger: logger)
      let known = PostgresLog.migrations.map(\.0)
      if let unknown = applied.first(where: { !known.contains($0) }) {
        throw PostgresStoreError.newerSchema(address: name, found: unknown)
      }
      if applied.count < known.count {
        guard creating else {
          if applied.isEmpty { throw PostgresStoreError.noStore(address: name) }
          throw PostgresStoreError.server(
            address: name,
            message:
              "the store has schema \(applied.last!) and needs \(PostgresLog.schemaVersion): "
              + "run a command that records with a role that may create tables")
        }
        try PostgresLog.migrate(on: connection, logger: logger)
      }
    }
    return log
  }

  private static func connect(
    _ configuration: PostgresConnection.Configuration, address: String, logger: Logger
  ) throws -> PostgresConnection {
    do {
      return try PostgresConnection.connect(
        on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1,
        logger: logger
      ).wait()
    } catch {
      throw PostgresStoreError.from(error, address: address, connecting: true)
    }
  }

  /// Connects again if the server closed the connection; with the lock held.
  private func reconnectIfClosed() throws {
    guard connection.isClosed else { return }
    logger.notice("the connection to \(address) was closed; connecting again")
    connection = try PostgresSharedLog.connect(configuration, address: address, logger: logger)
  }

  /// Runs `operation` with the connection, alone, turning the driver's errors into ours.
  ///
  /// The store's transactions are synchronous (SQLite's), and a replica's write transaction
  /// calls the server from inside one: every statement here waits for its result on the
  /// calling thread, while the driver works on its own event loop.
  func run<T>(_ operation: () throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    do {
      try reconnectIfClosed()
      return try operation()
    } catch {
      throw PostgresStoreError.from(error, address: address)
    }
  }

  /// Runs `sql`, one statement without parameters, in the store's schema: for set-up and
  /// for tests.
  public func execute(_ sql: String) throws {
    try run { _ = try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait() }
  }

  /// Runs `sql`, one query without parameters, in the store's schema, and returns each row's
  /// first column as text: for inspection and for tests.
  public func column(_ sql: String) throws -> [String] {
    try run {
      try connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).wait().map {
        try $0.decode(String.self)
      }
    }
  }

  public func records(after seq: Int, limit: Int) throws -> [LogRecord] {
    try run {
      try PostgresSharedLog.records(after: seq, limit: limit, on: connection, logger: logger)
    }
  }

  public func documents(_ hashes: [String]) throws -> [LogDocument] {
    guard !hashes.isEmpty else { return [] }
    return try run { try PostgresSharedLog.documents(hashes, on: connection, logger: logger) }
  }

  /// The log's last event, without fetching it.
  public func head() throws -> LogHead {
    try run {
      let rows = try connection.query(
        "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1", logger: logger
      ).wait()
      guard let (seq, hash) = try rows.first?.decode((Int, String).self) else {
        return LogHead(seq: 0, hash: LedgerEvent.genesisHash)
      }
      return LogHead(seq: seq, hash: hash)
    }
  }

  public func beginWrite() throws -> any SharedLogWrite {
    let milliseconds = Int(lockTimeout * 1000)
    lock.lock()
    do {
      try reconnectIfClosed()
      _ = try connection.query("BEGIN", logger: logger).wait()
      do {
        _ = try connection.query(
          PostgresQuery(unsafeSQL: "SET LOCAL lock_timeout = \(milliseconds)"), logger: logger
        ).wait()
        _ = try connection.query(
          "SELECT pg_advisory_xact_lock(\(PostgresSharedLog.writeLock))", logger: logger
        ).wait()
      } catch {
        _ = try? connection.query("ROLLBACK", logger: logger).wait()
        throw error
      }
    } catch {
      lock.unlock()
      let translated = PostgresStoreError.from(error, address: address)
      if case PostgresStoreError.locked = translated {
        throw PostgresStoreError.locked(address: address, waited: lockTimeout)
      }
      throw translated
    }
    return Write(log: self)
  }

  /// A write transaction: it holds the connection (and the process's lock on it) until it
  /// commits or rolls back.
  final class Write: SharedLogWrite {
    let log: PostgresSharedLog
    private var open = true

    init(log: PostgresSharedLog) { self.log = log }

    private var connection: PostgresConnection { log.connection }
    private var logger: Logger { log.logger }

    private func run<T>(_ operation: () throws -> T) throws -> T {
      do {
        return try operation()
      } catch {
        throw PostgresStoreError.from(error, address: log.address)
      }
    }

    func records(after seq: Int) throws -> [LogRecord] {
      try run {
        try PostgresSharedLog.records(after: seq, limit: nil, on: connection, logger: logger)
      }
    }

    func documents(_ hashes: [String]) throws -> [LogDocument] {
      guard !hashes.isEmpty else { return [] }
      return try run { try PostgresSharedLog.documents(hashes, on: connection, logger: logger) }
    }

    func append(_ records: [LogRecord], documents: [LogDocument]) throws {
      try run {
        try PostgresSharedLog.insert(documents, on: connection, logger: logger)
        try PostgresSharedLog.insert(records, on: connection, logger: logger)
        if let last = records.last {
          _ = try connection.query(
            "SELECT pg_notify(\(PostgresSharedLog.channel), \(String(last.event.seq)))",
            logger: logger
          ).wait()
        }
      }
    }

    func commit() throws {
      guard open else { return }
      open = false
      defer { log.lock.unlock() }
      try run { _ = try connection.query("COMMIT", logger: logger).wait() }
    }

    func rollback() {
      guard open else { return }
      open = false
      defer { log.lock.unlock() }
      _ = try? connection.query("ROLLBACK", logger: logger).wait()
    }
  }

  // MARK: Statements

  static let eventColumns = """
    seq, kind, country, stream_version, effective_date, recorded_at, parser_version, catalog,
    source_hash, content_hash, reading_size, reading_zlib, supersedes, prev_hash, hash, supplied,
    text_hash, extractor, reading_base
    """

  static func records(
    after seq: Int, limit: Int?, on connection: PostgresConnection, logger: Logger
  ) throws -> [LogRecord] {
    var sql = "SELECT \(eventColumns) FROM events WHERE seq > $1 ORDER BY seq"
    var bindings = PostgresBindings()
    bindings.append(seq)
    if let limit {
      sql += " LIMIT $2"
      bindings.append(limit)
    }
    let rows = try connection.query(
      PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger
    ).wait()
    var records: [LogRecord] = []
    records.reserveCapacity(rows.count)
    for row in rows {
      let cells = row.makeRandomAccess()
      func decode<T: PostgresDecodable>(_ index: Int, _: T.Type = T.self) throws -> T {
        try cells[index].decode(T.self, context: .default)
      }
      let seq: Int = try decode(0)
      let kindName: String = try decode(1)
      let dateText: String = try decode(4)
      guard let kind = EventKind(rawValue: kindName), let date = ProfileDate(iso: dateText) else {
        throw LedgerError.sharedLogInvalid(
          log: "", seq: seq, message: "its kind or effective date is not valid")
      }
      let supplied: String? = try decode(15)
      let event = LedgerEvent(
        seq: seq, kind: kind, country: try decode(2), streamVersion: try decode(3),
        effectiveDate: date, recordedAt: try decode(5), parserVersion: try decode(6),
        catalog: try decode(7), sourceHash: try decode(8), contentHash: try decode(9),
        supersedes: try decode(12), prevHash: try decode(13), hash: try decode(14),
        supplied: supplied.flatMap(SuppliedField.fields(stored:)) ?? [],
        textHash: try decode(16), extractor: try decode(17))
      let reading: ByteBuffer? = try decode(11)
      records.append(
        LogRecord(
          event: event, readingSize: try decode(10),
          readingZlib: reading.map { Array($0.readableBytesView) }, readingBase: try decode(18)))
    }
    return records
  }

  static func documents(
    _ hashes: [String], on connection: PostgresConnection, logger: Logger
  ) throws -> [LogDocument] {
    let rows = try connection.query(
      "SELECT hash, size, zlib, base FROM sources WHERE hash = ANY(\(hashes))", logger: logger
    ).wait()
    var documents: [LogDocument] = []
    for row in rows {
      let (hash, size, zlib, base) = try row.decode((String, Int, ByteBuffer, String?).self)
      documents.append(
        LogDocument(hash: hash, size: size, zlib: Array(zlib.readableBytesView), base: base))
    }
    return documents
  }

  /// Rows per INSERT: well under the protocol's 65,535 parameters.
  static let rowsPerStatement = 500

  static func insert(
    _ documents: [LogDocument], on connection: PostgresConnection, logger: Logger
  ) throws {
    for chunk in stride(from: 0, to: documents.count, by: rowsPerStatement) {
      let rows = documents[chunk..<min(chunk + rowsPerStatement, documents.count)]
      var bindings = PostgresBindings(capacity: rows.count * 4)
      for document in rows {
        bindings.append(document.hash)
        bindings.append(document.size)
        bindings.append(ByteBuffer(bytes: document.zlib))
        bindings.append(document.base)
      }
      let sql =
        "INSERT INTO sources (hash, size, zlib, base) VALUES "
        + "\(placeholders(rows: rows.count, columns: 4)) ON CONFLICT (hash) DO NOTHING"
      _ = try connection.query(
        PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger
      ).wait()
    }
  }

  static func insert(
    _ records: [LogRecord], on connection: PostgresConnection, logger: Logger
  ) throws {
    for chunk in stride(from: 0, to: records.count, by: rowsPerStatement) {
      let rows = records[chunk..<min(chunk + rowsPerStatement, records.count)]
      var bindings = PostgresBindings(capacity: rows.count * 19)
      for record in rows {
        let event = record.event
        bindings.append(event.seq)
        bindings.append(event.kind.rawValue)
        bindings.append(event.country)
        bindings.append(event.streamVersion)
        bindings.append(event.effectiveDate.iso)
        bindings.append(event.recordedAt)
        bindings.append(event.parserVersion)
        bindings.append(event.catalog)
        bindings.append(event.sourceHash)
        bindings.append(event.contentHash)
        bindings.append(record.readingSize)
        bindings.append(record.readingZlib.map { ByteBuffer(bytes: $0) })
        bindings.append(event.supersedes)
        bindings.append(event.prevHash)
        bindings.append(event.hash)
        bindings.append(SuppliedField.stored(event.supplied))
        bindings.append(event.textHash)
        bindings.append(event.extractor)
        bindings.append(record.readingBase)
      }
      let sql =
        "INSERT INTO events (\(eventColumns)) VALUES \(placeholders(rows: rows.count, columns: 19))"
      _ = try connection.query(
        PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger
      ).wait()
    }
  }

  /// `($1, $2), ($3, $4)` for `rows` rows of `columns` values.
  static func placeholders(rows: Int, columns: Int) -> String {
    (0..<rows).map { row in
      "(" + (1...columns).map { "$\(row * columns + $0)" }.joined(separator: ", ") + ")"
    }.joined(separator: ", ")
  }
}
