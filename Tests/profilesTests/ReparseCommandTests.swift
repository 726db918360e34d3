import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// `profiles rebuild --reparse` on a store an earlier version of the reader wrote.
@Suite struct ReparseCommandTests {
  let profiles = CommandRunner()
  let directory: URL
  var store: String { directory.appendingPathComponent("profiles.sqlite").path }

  init() throws {
    directory = try temporaryDirectory("profiles")
  }

  func run(_ arguments: [String]) throws -> CommandRunner.Outcome {
    try profiles.run(arguments + ["--db", store], in: directory)
  }

  /// Belize dated `date`, as bytes, and the current reader's reading of it.
  func document(date: String) throws -> (source: [UInt8], profile: Profile) {
    let text = try Documents.belize().replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on \(date)")
    let bytes = Array(text.utf8)
    return (bytes, try #require(ProfileParser.standard.parse(bytes).profile))
  }

  /// Records readings as reader version 0 made them: March misread (1.1.1 present), June
  /// read right, and a July source that no longer reads (no date line).
  func writeOlderStore() throws -> (march: String, june: String, july: String) {
    let ledger = try Ledger(path: store)
    let march = try document(date: "2 March 2015")
    var misread = march.profile
    misread.indicators[0].status = .present
    _ = try ledger.record(source: march.source, profile: misread, parserVersion: 0)
    let june = try document(date: "1 June 2015")
    _ = try ledger.record(source: june.source, profile: june.profile, parserVersion: 0)
    let july = try document(date: "1 July 2015")
    let undated = Array(
      String(decoding: july.source, as: UTF8.self)
        .replacingOccurrences(of: "Last updated on 1 July 2015", with: "").utf8)
    _ = try ledger.record(source: undated, profile: july.profile, parserVersion: 0)
    return (
      CanonicalJSON.sha256Hex(march.source), CanonicalJSON.sha256Hex(june.source),
      CanonicalJSON.sha256Hex(undated)
    )
  }

  @Test func correctsWhatChangedReportsWhatNoLongerReadsAndIsIdempotent() throws {
    let hashes = try writeOlderStore()
    let first = try run(["rebuild", "--reparse"])
    #expect(first.status == 1)
    #expect(
      first.stdout == """
        corrected   BLZ 2015-03-02  source \(hashes.march)  #1 corrected by #4
        unchanged   BLZ 2015-06-01  source \(hashes.june)
        rejected    BLZ 2015-07-01  source \(hashes.july)
        3 sources re-read: 1 corrected, 1 unchanged, 1 rejected; 0 read by reader version \
        \(ProfileParser.version) already; 4 events in \(store)

        """)
    #expect(first.stderr.hasPrefix("BLZ 2015-07-01:"))
    #expect(first.stderr.contains(": error: "))

    let history = try run(["history", "BLZ"])
    #expect(history.stdout.contains("corrected"))
    #expect(try run(["verify"]).status == 0)
    let march = try run(["show", "BLZ", "--as-of", "2015-03-02", "--format", "json"])
    let shown = try Profile.decode(json: Array(march.stdout.utf8))
    #expect(shown.indicator("1.1.1")?.status == .absent)

    // Again: the correction is skipped, the rest read again; nothing is recorded.
    let second = try run(["rebuild", "--reparse"])
    #expect(second.status == 1)
    #expect(
      second.stdout.hasSuffix(
        "2 sources re-read: 0 corrected, 1 unchanged, 1 rejected; 1 read by reader version "
          + "\(ProfileParser.version) already; 4 events in \(store)\n"))
    #expect(try run(["verify"]).status == 0)
  }

  @Test func aStoreTheCurrentReaderWroteRereadsNothing() throws {
    let root = SourceTree.root()
    #expect(try run(["ingest", root.appendingPathComponent("Snapshots").path]).status == 0)
    let outcome = try run(["rebuild", "--reparse"])
    #expect(outcome.status == 0)
    #expect(
      outcome.stdout
        == "0 sources re-read: 0 corrected, 0 unchanged, 0 rejected; 1 read by reader version "
        + "\(ProfileParser.version) already; 1 event in \(store)\n")
  }
}

extension ReparseCommandTests {
  /// A review of a misread revision stays on the correction that re-reading records, and the
  /// command says whether the new reading agrees with it.
  @Test func reviewsOfCorrectedRevisionsAreListedWithWhetherTheReaderAgrees() throws {
    _ = try writeOlderStore()
    // 1.1.1 was misread as present: a reviewer said absent; 1.2.2 reviewed as partial.
    #expect(
      try run([
        "review", "BLZ", "2015-03-02", "1.1.1", "--status", "absent", "--note", "no law",
        "--by", "alice",
      ]).status == 0)
    #expect(
      try run([
        "review", "BLZ", "2015-03-02", "1.2.2", "--status", "partial", "--note", "drafting",
        "--by", "alice",
      ]).status == 0)
    let reparse = try run(["rebuild", "--reparse"])
    #expect(
      reparse.stdout.contains(
        "review      BLZ 2015-03-02 1.1.1: review #4 (absent): the reader now agrees\n"))
    #expect(
      reparse.stdout.contains(
        "review      BLZ 2015-03-02 1.2.2: review #5 (partial) still stands; the reader now reads absent\n"
      ))
    let show = try run(["show", "BLZ", "--as-of", "2015-03-02"])
    #expect(show.stdout.contains("(reviewed, reader agrees; read as absent)"))
    #expect(show.stdout.contains("partial   (reviewed; read as absent)"))
    #expect(try run(["verify"]).status == 0)
  }
}
