import Foundation
import Hummingbird

/// Rendered responses by request target, valid for one head of the log.
///
/// The server only reads, but another process may append to the store: every request asks
/// the store for its head (one indexed lookup), and a head other than the one the entries were
/// rendered at empties the cache. Bounded by entries and bytes; when full, the oldest entries
/// go first.
final class PageCache: @unchecked Sendable {
  private let lock = NSLock()
  private var head: String = ""
  private var entries: [String: Rendered] = [:]
  private var order: [String] = []
  private var bytes = 0
  let maxEntries: Int
  let maxBytes: Int

  init(maxEntries: Int, maxBytes: Int = 64 << 20) {
    self.maxEntries = maxEntries
    self.maxBytes = maxBytes
  }

  /// The response cached for `target` at `head`; a new head empties the cache first.
  func lookup(_ target: String, head: String) -> Rendered? {
    guard maxEntries > 0 else { return nil }
    return lock.withLock {
      if head != self.head {
        self.head = head
        entries.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        bytes = 0
      }
      return entries[target]
    }
  }

  /// Keeps `rendered` for `target`, if it was rendered at the current head and fits.
  func store(_ rendered: Rendered, for target: String, head: String) {
    let size = rendered.body.readableBytes + target.utf8.count
    guard maxEntries > 0, size <= maxBytes / 4 else { return }
    lock.withLock {
      guard head == self.head, entries[target] == nil else { return }
      while !order.isEmpty, entries.count >= maxEntries || bytes + size > maxBytes {
        let oldest = order.removeFirst()
        if let evicted = entries.removeValue(forKey: oldest) {
          bytes -= evicted.body.readableBytes + oldest.utf8.count
        }
      }
      entries[target] = rendered
      order.append(target)
      bytes += size
    }
  }

  /// How many responses are cached.
  var count: Int { lock.withLock { entries.count } }
}
