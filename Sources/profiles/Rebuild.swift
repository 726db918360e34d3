import ArgumentParser
import EventStore
import Foundation
import Ingestion
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

        With --reextract, the text of every PDF in effect that another extractor (another \
        pdftotext version) extracted is extracted again from the stored PDF and read; a \
        new text is recorded as a correction carrying the text, the extractor and its \
        reading (which may be the same as before: that is said), so that running it again \
        records nothing. A PDF whose new text is the stored one records nothing.
        """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Read the stored sources again with this version of the reader.")
    var reparse = false

    @Flag(help: "Extract the text of the stored PDFs again with this pdftotext, and read it.")
    var reextract = false

    func validate() throws {
      if reparse && reextract {
        throw ValidationError("--reparse and --reextract are run one at a time")
      }
    }

    mutating func run() throws {
      let ledger = try store.open(creating: false, writing: true)
      if reparse {
        try Rebuild.reparse(ledger)
        return
      }
      if reextract {
        try Rebuild.reextract(ledger)
        return
      }
      let events = try ledger.rebuildProjections()
      print(
        "rebuilt the projections from \(events) event\(events == 1 ? "" : "s") in \(ledger.name)")
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
      try summarize(report, in: ledger, reading: "source", again: "re-read") {
        "\($0) read by reader version \(ProfileParser.version) already"
      }
    }

    static func reextract(_ ledger: Ledger) throws {
      guard let extractor = PDFText.extractor() else {
        throw ProfilesError.cannotRead(
          path: "the stored PDFs",
          reason: "pdftotext is not on the PATH (install Debian's poppler-utils)")
      }
      let parser = ProfileParser.standard
      let report = try ledger.reextract(
        extractor: extractor, parserVersion: ProfileParser.version
      ) { document, supplied in
        let text: ExtractedText
        do throws(PDFTextError) {
          text = try PDFText.extractText(document, path: "the stored PDF")
        } catch {
          return .failure(Unreadable(diagnostics: [.error(line: nil, error.reason)]))
        }
        let result = parser.parse(bytes: text.bytes, supplied: supplied)
        guard let profile = result.profile else {
          return .failure(Unreadable(diagnostics: result.diagnostics))
        }
        return .success((text, profile, result.supplied))
      }
      try summarize(report, in: ledger, reading: "PDF", again: "extracted again") {
        "\($0) extracted by \(extractor) already"
      }
    }

    /// One line per document read again, the reviews on the corrected revisions, and a
    /// total; exit code 1 when a document could not be read.
    static func summarize(
      _ report: ReparseReport<Unreadable>, in ledger: Ledger, reading what: String,
      again: String, skipped: (String) -> String
    ) throws {
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
          if result.newText && result.sameReading { detail += " (new text, same reading)" }
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
      let events = try ledger.eventCount()
      print(
        "\(plural(report.results.count, what)) \(again): \(counts.corrected) corrected, "
          + "\(counts.unchanged) unchanged, \(counts.rejected) rejected; "
          + "\(skipped(String(report.skipped))); \(plural(events, "event")) in \(ledger.name)")
      if counts.rejected > 0 { throw ExitCode.failure }
    }
  }
}
