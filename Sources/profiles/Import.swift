import ArgumentParser
import EventStore
import Foundation
import LedgerModel

extension Profiles {
  /// `profiles import FILE`: recreates or extends the log from a file `profiles export` wrote.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Append the events of an exported log that the store does not hold yet.",
      discussion: """
        Into an empty or new store, recreates the log exactly: same events, recorded times \
        and hashes, so the head equals the exported one. Into a store whose log the file \
        extends, appends only the missing events. Every line is checked first (JSON, fields, \
        each hash recomputed, the chain, readings and source documents against their hashes); \
        a bad line or a log that diverges from the store's is reported as FILE:LINE and \
        nothing is imported (exit 1). The projections are replayed from the new events.
        """
    )

    @Argument(help: "A file written by 'profiles export', or - for standard input.")
    var file: String

    @OptionGroup var store: StoreOptions

    mutating func run() throws {
      let handle: FileHandle
      if file == "-" {
        handle = FileHandle.standardInput
      } else {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
          throw ProfilesError.cannotRead(path: file, reason: "no such file")
        }
        guard !isDirectory.boolValue, let opened = FileHandle(forReadingAtPath: file) else {
          throw ProfilesError.cannotRead(
            path: file, reason: isDirectory.boolValue ? "is a directory" : "permission denied")
        }
        handle = opened
      }
      let name = file == "-" ? "<stdin>" : file
      let existed = FileManager.default.fileExists(atPath: store.path)
      var ledger: Ledger? = try store.open(creating: true)
      var lines = LineReader(handle: handle)
      let summary: ImportSummary
      do {
        summary = try ledger!.importLog { try lines.next() }
      } catch {
        // A store this import created holds nothing: it goes too.
        ledger = nil
        if !existed { removeStore() }
        guard let error = error as? LogFileError else { throw error }
        if let line = error.line {
          StandardError.write("\(name):\(line): error: \(error.message)")
        } else {
          StandardError.write("\(name): error: \(error.message)")
        }
        StandardError.write(
          existed ? "nothing imported; \(store.path) is unchanged" : "nothing imported")
        throw ExitCode.failure
      }
      let events = summary.events == 1 ? "event" : "events"
      print(
        "\(name): \(summary.events) \(events): \(summary.present) already present, "
          + "\(summary.appended) appended; head \(summary.head)")
    }

    /// Removes the (empty) store this command created, with its WAL files.
    private func removeStore() {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: store.path + suffix)
      }
    }
  }
}

/// The lines of a file, read a megabyte at a time; each line without its `\n`.
struct LineReader {
  let handle: FileHandle
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  init(handle: FileHandle) {
    self.handle = handle
  }

  mutating func next() throws -> [UInt8]? {
    while true {
      if let end = buffer[start...].firstIndex(of: 0x0A) {
        defer { start = end + 1 }
        return Array(buffer[start..<end])
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        defer { start = buffer.count }
        return Array(buffer[start...])
      }
      buffer.removeFirst(start)
      start = 0
      let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
    }
  }
}
