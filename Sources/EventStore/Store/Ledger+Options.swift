import Foundation
import GRDB

extension Ledger {
  /// How a store is opened: for writing or reading only, how long to wait for another
  /// writer, and an optional cap on its size.
  ///
  /// ```swift
  /// let ledger = try Ledger(path: "profiles.sqlite", options: .init(readOnly: true))
  /// ```
  public struct Options: Hashable, Sendable {
    /// How long a write waits for another connection's write lock before failing with
    /// ``LedgerError/locked(path:waited:)``, in seconds (SQLite's busy timeout).
    public var busyTimeout: TimeInterval
    /// Opens an existing store for reading only: nothing is migrated or written, and the
    /// file and its directory may be read-only. A store in WAL mode (as every ledger is)
    /// then still needs its `-shm` file beside it, or a directory where SQLite can create it.
    public var readOnly: Bool
    /// The most pages the database file may hold (`PRAGMA max_page_count`, set on every
    /// connection): a write that needs more fails with ``LedgerError/full(path:)`` and its
    /// transaction is rolled back, as on a full disk. `nil` keeps SQLite's limit.
    public var maxPageCount: Int?

    public init(busyTimeout: TimeInterval = 30, readOnly: Bool = false, maxPageCount: Int? = nil) {
      self.busyTimeout = busyTimeout
      self.readOnly = readOnly
      self.maxPageCount = maxPageCount
    }
  }

  /// Why a write to the store at `path` was refused, from the file system; nil if unknown.
  static func readOnlyCause(path: String, options: Options) -> String? {
    if options.readOnly { return "opened for reading only" }
    if access(path, F_OK) == 0, access(path, W_OK) != 0 {
      return "the file is not writable"
    }
    let directory = Ledger.directory(of: path)
    if access(directory, W_OK) != 0 {
      return "its directory \(directory) is not writable, and SQLite writes the store's "
        + "-wal and -shm files there"
    }
    return nil
  }

  /// Why the store at `path` cannot be opened, from the file system; nil if unknown.
  static func cannotOpenCause(path: String) -> String? {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists, isDirectory.boolValue { return "it is a directory" }
    let directory = Ledger.directory(of: path)
    if !FileManager.default.fileExists(atPath: directory) {
      return "there is no directory \(directory)"
    }
    if exists, access(path, R_OK) != 0 { return "permission denied" }
    if !exists { return "it cannot be created in \(directory): permission denied" }
    return nil
  }

  /// Why a store that exists and is readable cannot be read: SQLite reads a database in WAL
  /// mode only with its `-shm` file, which it cannot create in a read-only directory.
  static func sharedMemoryCause(path: String) -> String? {
    let directory = Ledger.directory(of: path)
    guard access(directory, W_OK) != 0 else { return nil }
    let shm = path + "-shm"
    if access(shm, F_OK) != 0 {
      return "its directory is read-only and there is no \(shm): SQLite reads a store in WAL "
        + "mode only with that file beside it; make the directory writable, or copy the store"
    }
    return "its directory is read-only and \(shm) cannot be used: make the directory writable, "
      + "or copy the store"
  }

  /// The directory holding `path` (`.` for a bare file name).
  static func directory(of path: String) -> String {
    let directory = (path as NSString).deletingLastPathComponent
    return directory.isEmpty ? "." : directory
  }
}

extension Ledger {
  /// Whether `error` is about the store rather than one document: then the transaction
  /// cannot go on (SQLite may already have rolled it back) and the error is the caller's.
  static func failsTheTransaction(_ error: DatabaseError) -> Bool {
    switch error.resultCode {
    case .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_READONLY,
      .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_NOMEM, .SQLITE_CORRUPT, .SQLITE_NOTADB:
      true
    default:
      false
    }
  }
}

extension Ledger {
  /// Checks an existing SQLite file that is not in WAL mode before it is opened for writing,
  /// which would switch WAL mode on in its header: a file that is not a ledger is refused
  /// with its bytes untouched.
  static func inspectBeforeWriting(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else { return }
    let header = Array((try? handle.read(upToCount: 20)) ?? Data())
    try? handle.close()
    // Bytes 18 and 19 of an SQLite header are 2 in WAL mode.
    guard header.count == 20, header.starts(with: Array("SQLite format 3\0".utf8)),
      header[18] != 2
    else { return }
    var configuration = Configuration()
    configuration.readonly = true
    try DatabaseQueue(path: path, configuration: configuration).read { db in
      try Ledger.checkSchema(db, path: path, readOnly: false)
    }
  }
}
