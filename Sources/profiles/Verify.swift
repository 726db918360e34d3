import ArgumentParser
import EventStore
import Foundation
import LedgerModel

extension Profiles {
  /// `profiles verify`: proves from the log's own hashes that nothing was altered.
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the hash chain, every reading and every source document.",
      discussion: """
        Recomputes each event's hash from its fields and the hash before it, checks that \
        each reading and each source document still hash to what the chain records and that \
        every stream's versions run without gaps. Prints the number of events and the head \
        hash, or the first bad event and what is wrong (exit 1). With --head, also proves \
        that the log still extends a head noted earlier.
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "A head hash noted earlier, which the log must still contain.")
    var head: String?

    func validate() throws {
      if let head, head.count != 64 || !head.allSatisfy(\.isHexDigit) {
        throw ValidationError("--head '\(head)' is not a SHA-256 hash (64 hex digits)")
      }
    }

    mutating func run() throws {
      let ledger = try store.open(creating: false)
      // A replica checks the server's log itself first, then its own copy of it.
      if ledger.shared != nil {
        let server = try ledger.verifySharedLog()
        if let problem = server.problem {
          StandardError.write("\(ledger.name): verification failed: \(problem)")
          print("\(plural(server.events, "event")) intact before the failure")
          throw ExitCode.failure
        }
      }
      let result = try ledger.verify(head: head?.lowercased())
      let noun = result.events == 1 ? "event" : "events"
      if let problem = result.problem {
        StandardError.write("\(ledger.path): verification failed: \(problem)")
        print("\(result.events) \(noun) intact before the failure")
        throw ExitCode.failure
      }
      print("\(result.events) \(noun) verified; head \(result.head)")
      if let head { print("the log extends head \(head.lowercased())") }
    }
  }
}
