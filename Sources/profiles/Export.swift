import ArgumentParser
import EventStore
import Foundation
import LedgerModel

extension Profiles {
  /// `profiles export`: the whole log as a portable, self-contained JSON Lines file.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the whole log as JSON Lines, with every reading and source document.",
      discussion: """
        A header line (format, version, number of events, head hash), then one line per \
        event in log order: every field its hash covers, its reading as canonical JSON and, \
        the first time each source hash appears, the source document in base64. Anyone can \
        check the file with SHA-256 alone, and 'profiles import' recreates the log from it, \
        hash for hash. Each event is checked on the way out; a damaged store is not exported.
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(
      name: .shortAndLong,
      help: "Write to FILE instead of standard output ('-': standard output, as without it).")
    var output: String?

    mutating func run() throws {
      let ledger = try store.open(creating: false)
      guard let output, output != "-" else {
        let out = FileHandle.standardOutput
        _ = try ledger.exportLog { try out.write(contentsOf: $0) }
        return
      }
      // Written beside the target and renamed into place only when complete, so a failed
      // export never leaves a partial file under the name asked for.
      let target = URL(fileURLWithPath: output)
      let partial = target.deletingLastPathComponent().appendingPathComponent(
        ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
      guard FileManager.default.createFile(atPath: partial.path, contents: nil),
        let handle = try? FileHandle(forWritingTo: partial)
      else { throw ProfilesError.cannotWrite(path: output, reason: "cannot create the file") }
      let summary: ExportSummary
      do {
        defer { try? handle.close() }
        summary = try ledger.exportLog { try handle.write(contentsOf: $0) }
        try handle.synchronize()
        // rename(2) replaces an existing file atomically: readers see the old or the new.
        guard rename(partial.path, target.path) == 0 else {
          throw ProfilesError.cannotWrite(path: output, reason: String(cString: strerror(errno)))
        }
      } catch {
        try? FileManager.default.removeItem(at: partial)
        if error is LogFileError || error is LedgerError || error is ProfilesError { throw error }
        throw ProfilesError.cannotWrite(
          path: output, reason: (error as NSError).localizedDescription)
      }
      let events = summary.events == 1 ? "event" : "events"
      let sources = summary.sources == 1 ? "source document" : "source documents"
      print(
        "exported \(summary.events) \(events) and \(summary.sources) \(sources) to \(output) "
          + "(\(summary.bytes) bytes); head \(summary.head)")
    }
  }
}
