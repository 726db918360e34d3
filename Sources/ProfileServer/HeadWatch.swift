import EventStore
import Foundation
import LedgerModel

/// The log's head, asked of the store only when the store may have changed.
///
/// Every request needs the head (for its ETag and the page cache), and asking SQLite for it
/// takes a read transaction on a connection of the pool. In WAL mode, SQLite counts each
/// committed transaction in the header of the store's `-shm` file (the WAL index), which any
/// process writing the store updates: while those bytes and the store's size and time stay
/// the same, so does the head. A store without those files (in memory, or not yet in WAL
/// mode) is asked every time.
final class HeadWatch: @unchecked Sendable {
  private let path: String
  private let lock = NSLock()
  private var known: (head: LogHead, key: [UInt8])?

  init(path: String) { self.path = path }

  /// The current head: the one known when nothing has been committed since, else read.
  func current(_ ledger: Ledger) throws -> LogHead {
    // The key is taken before the head is read: a commit in between leaves a key that the
    // next request will not match, so that it reads again.
    guard let key = stateKey() else { return try ledger.head() }
    if let known = lock.withLock({ known }), known.key == key { return known.head }
    let head = try ledger.head()
    lock.withLock { known = (head, key) }
    return head
  }

  /// The WAL index's header (its change counter and last frame among them) with the
  /// store's size and modification time; nil when there is no WAL index to read.
  private func stateKey() -> [UInt8]? {
    var store = stat()
    guard stat(path, &store) == 0 else { return nil }
    let descriptor = open(path + "-shm", O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    // Two copies of the 48-byte header, which SQLite keeps equal between transactions.
    var key = [UInt8](repeating: 0, count: 96 + 24)
    let read = key.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 96, 0) }
    guard read == 96 else { return nil }
    withUnsafeBytes(of: store.st_size) { key.replaceSubrange(96..<104, with: $0) }
    withUnsafeBytes(of: store.st_mtim.tv_sec) { key.replaceSubrange(104..<112, with: $0) }
    withUnsafeBytes(of: store.st_mtim.tv_nsec) { key.replaceSubrange(112..<120, with: $0) }
    return key
  }
}
