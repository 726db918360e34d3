import Foundation
import LedgerModel
import ParallelMap
import ProfileModel

extension Ledger {
  /// Extracts the text of every revision in effect whose document's text an other extractor
  /// (another program, version or arguments than `extractor`) extracted, reads it, and records
  /// a correction wherever the new text differs from the stored one.
  ///
  /// The stored document is what is extracted again: the log keeps it byte for byte. History
  /// is extended, never rewritten: a correction is a new event for the same country, date and
  /// source, carrying the new text, `extractor` and `parserVersion`; the earlier reading and
  /// its text stay, superseded. A new text is recorded even when it reads the same (the
  /// result says so, ``ReparseResult/sameReading``): the stored text is what an auditor
  /// re-derives the reading from, and what marks the revision as extracted by `extractor`.
  /// Revisions extracted by `extractor` already are skipped, so running it twice records
  /// nothing the second time; documents read as they are (text documents) are not touched.
  ///
  /// The store neither extracts nor parses: `read` turns a stored document (with the values
  /// supplied when it was recorded) into a new text and its reading, or a failure. It is
  /// called concurrently, outside any transaction.
  public func reextract<Failure: Error & Sendable>(
    extractor: String, parserVersion: Int, recordedAt: Date = Date(),
    read: (_ document: [UInt8], _ supplied: SuppliedValues) -> Result<
      (text: ExtractedText, profile: Profile, supplied: [SuppliedField]), Failure
    >
  ) throws -> ReparseReport<Failure> {
    // Documents read as they are are none of its concern.
    let (candidates, skipped) = try revisionsInEffect { _, _, stored in
      stored.map { $0 != extractor }
    }
    let readings = candidates.concurrentMap { candidate in
      read(candidate.source, candidate.suppliedValues).map {
        var prepared = PreparedRevision(
          source: candidate.source, profile: $0.profile, extraction: $0.text)
        prepared.supplied = $0.supplied
        return prepared
      }
    }
    let stamp = Ledger.timestamp(recordedAt)
    let results = try write { db in
      try zip(candidates, readings).compactMap { candidate, reading in
        var result = try Ledger.reparse(
          candidate, reading: reading, state: state, parserVersion: parserVersion,
          recordedAt: stamp, in: db)
        if case .success(let prepared) = reading {
          result?.newText = prepared.textHash != candidate.textHash
          result?.sameReading = prepared.contentHash == candidate.contentHash
        }
        return result
      }
    }
    return ReparseReport(results: results, skipped: skipped)
  }
}
