import ArgumentParser
import EventStore
import Foundation

extension Profiles {
  /// `profiles rebuild`: recreates the projections from the events.
  struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Recreate every projection table from the events.",
      discussion: """
        The projections (revisions, indicator values, changes, figures) are a pure function \
        of the events; this replays the whole log into them in one transaction. The events \
        and sources are not touched.
        """
    )

    @OptionGroup var store: StoreOptions

    mutating func run() throws {
      let ledger = try store.open(creating: false, writing: true)
      let events = try ledger.rebuildProjections()
      print(
        "rebuilt the projections from \(events) event\(events == 1 ? "" : "s") in \(ledger.path)")
    }
  }
}
