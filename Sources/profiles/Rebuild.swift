import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing

extension Profiles {
  /// `profiles rebuild`: recreates the projections from the events; `--reparse` reads the
  /// stored sources again with the current reader.
  struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Recreate every projection table from the events.",
      discussion: """
        The projections (revisions, indicator values, changes, figures) are a pure function \
        of the events; this replays the whole log into them in one transaction. The events \
        and sources are not touched.

        With --reparse, the source of every revision in effect whose reading an earlier \
        version of the reader made is read again; a reading that differs from the recorded \
        one is recorded as a correction (same source, current reader), with its projections, \
        in one transaction. A source the reader now rejects, or that now reads as another \
        country or date, is reported and nothing is recorded for it; the exit code is 1.
        """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Read the stored sources again with this version of the reader.")
    var reparse = false

    mutating func run() throws {
      let ledger = try store.open(creating: false, writing: true)
      if reparse {
        try Rebuild.reparse(ledger)
        return
      }
      let events = try ledger.rebuildProjections()
      print(
        "rebuilt the projections from \(events) event\(events == 1 ? "" : "s") in \(ledger.path)")
    }

    /// Why the current reader gives no reading of a stored source.
    struct Unreadable: Error {
      var diagnostics: [Diagnostic]
    }

    static func reparse(_ ledger: Ledger) throws {
      let parser = ProfileParser.standard
      let report = try ledger.reparse(
        parserVersion: ProfileParser.version, catalog: parser.catalog.id
      ) { source, supplied in
        // A value supplied when the revision was recorded is supplied again.
        let result = parser.parse(bytes: source, supplied: supplied)
        guard let profile = result.profile else {
          return .failure(Unreadable(diagnostics: result.diagnostics))
        }
        return .success((profile, result.supplied))
      }
      var counts = (corrected: 0, unchanged: 0, rejected: 0)
      for result in report.results {
        let what = "\(result.country) \(result.effectiveDate.iso)"
        var outcome: String
        var detail = ""
        switch result.outcome {
        case .corrected(let event):
          counts.corrected += 1
          outcome = "corrected"
          detail = "  #\(result.seq) corrected by #\(event.seq)"
        case .unchanged:
          counts.unchanged += 1
          outcome = "unchanged"
        case .unreadable(let failure):
          counts.rejected += 1
          outcome = "rejected"
          for diagnostic in failure.diagnostics where diagnostic.severity == .error {
            StandardError.write(diagnostic.formatted(path: what))
          }
        case .moved(let country, let date):
          counts.rejected += 1
          outcome = "rejected"
          StandardError.write(
            "\(what): error: the source now reads as \(country) \(date.iso); nothing recorded")
        }
        print(
          "\(outcome.padding(toLength: 11, withPad: " ", startingAt: 0)) \(what)  "
            + "source \(result.sourceHash)\(detail)")
      }
      // Reviews stand on the corrections that replaced the revisions they judged: each is
      // listed, with whether the new reading now agrees with it.
      for result in report.results {
        guard case .corrected(let event) = result.outcome,
          let stored = try ledger.profile(seq: event.seq)
        else { continue }
        let indicators = stored.reviews.keys.sorted {
          $0.compare($1, options: .numeric) == .orderedAscending
        }
        for indicator in indicators {
          guard let reviewed = stored.reviews[indicator], reviewed.review.revision != event.seq
          else { continue }
          let what = "\(result.country) \(result.effectiveDate.iso) \(indicator)"
          let verdict = "review #\(reviewed.review.seq) (\(reviewed.status.rawValue))"
          print(
            reviewed.changesTheReading
              ? "review      \(what): \(verdict) still stands; the reader now reads "
                + reviewed.machineStatus.rawValue
              : "review      \(what): \(verdict): the reader now agrees")
        }
      }
      let read = report.results.count
      let events = try ledger.eventCount()
      print(
        "\(read) source\(read == 1 ? "" : "s") re-read: \(counts.corrected) corrected, "
          + "\(counts.unchanged) unchanged, \(counts.rejected) rejected; "
          + "\(report.skipped) read by reader version \(ProfileParser.version) already; "
          + "\(events) event\(events == 1 ? "" : "s") in \(ledger.path)")
      if counts.rejected > 0 { throw ExitCode.failure }
    }
  }
}
