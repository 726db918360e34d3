import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

@testable import EventStore

/// What SQLite does with the store's queries (`EXPLAIN QUERY PLAN`): a question about one
/// country or one revision searches an index and never reads a whole table, whatever the
/// size of the store; and every index the schema creates is one a query uses.
@Suite struct QueryPlanTests {
  /// The tables that grow with the log.
  static let growing = [
    "events", "sources", "revisions", "indicator_texts", "indicator_values", "indicator_changes",
    "figure_values", "reviews",
  ]

  /// A store of 4 countries × 12 revisions recorded out of order (backfills), two
  /// corrections and a review, with every statement it runs from then on collected.
  final class TracedStore: @unchecked Sendable {
    let ledger: Ledger
    private let lock = NSLock()
    private var collected: [String] = []

    init() throws {
      ledger = try Ledger()
      let documents = try SyntheticCorpus(countries: 4, revisions: 12, seed: 5).all().map {
        let bytes = Array($0.text.utf8)
        return (source: bytes, profile: try #require(ProfileParser.standard.parse(bytes).profile))
      }
      var rng = SeededRandom(seed: 7)
      for document in documents.shuffled(using: &rng) {
        _ = try ledger.record(
          source: document.source, profile: document.profile, parserVersion: ProfileParser.version)
      }
      for document in documents.prefix(2) {
        var profile = document.profile
        profile.indicators[0].text += " Corrected."
        _ = try ledger.record(
          source: document.source + Array(" ".utf8), profile: profile,
          parserVersion: ProfileParser.version)
      }
      try ledger.traceStatements { [self] sql in lock.withLock { collected.append(sql) } }
    }

    /// The statements `body` runs.
    func statements(of body: (Ledger) throws -> Void) throws -> [String] {
      lock.withLock { collected.removeAll() }
      try body(ledger)
      return lock.withLock { collected }
    }
  }

  /// Whether `statement` reads or writes rows (not a transaction's or a setting's).
  static func isQuery(_ statement: String) -> Bool {
    ["SELECT", "INSERT", "WITH", "UPDATE", "DELETE"].contains {
      statement.uppercased().hasPrefix($0)
    }
  }

  /// The plan's lines that read a whole growing table (or a whole index of one). Reading
  /// the log's last event (`ORDER BY seq DESC LIMIT 1`, no condition) is planned as a scan
  /// but reads one row, from the end of the table's key.
  ///
  /// A statement inserting several rows into a table others refer to (`indicator_texts`,
  /// `events`) is planned with a scan of each referring table, for its foreign key; SQLite
  /// runs that scan only once the statement has broken a constraint (`FkIfZero` jumps over
  /// it otherwise), so an insert whose scans are each guarded so reads no table.
  func fullScans(_ plan: [String], of statement: String, in ledger: Ledger) throws -> [String] {
    let scans = fullScans(plan, of: statement)
    if statement.uppercased().hasPrefix("INSERT"), !scans.isEmpty,
      try ledger.opcodes(statement).filter({ $0 == "FkIfZero" }).count >= scans.count
    {
      return []
    }
    return scans
  }

  func fullScans(_ plan: [String], of statement: String) -> [String] {
    if statement.hasSuffix("FROM events ORDER BY seq DESC LIMIT 1") {
      return plan.filter { $0 != "SCAN events" && fullScans([$0], of: "").count > 0 }
    }
    return plan.filter { line in
      QueryPlanTests.growing.contains { table in
        line.hasPrefix("SCAN \(table)") && !line.hasPrefix("SCAN \(table) VIA")
      }
    }
  }

  @Test func questionsAboutOneCountryOrRevisionSearchAnIndex() throws {
    let store = try TracedStore()
    let country = try #require(try store.ledger.countries().first?.code)
    let revisions = try store.ledger.revisionsInEffect(country: country)
    let march = revisions[revisions.count / 2].effectiveDate
    let document = try SyntheticCorpus(countries: 4, revisions: 13, seed: 5).all().last!
    let bytes = Array(document.text.utf8)
    let profile = try #require(ProfileParser.standard.parse(bytes).profile)
    let questions: [(String, (Ledger) throws -> Void)] = [
      ("history", { _ = try $0.history(country: country) }),
      ("revisions in effect", { _ = try $0.revisionsInEffect(country: country) }),
      ("a revision by number", { _ = try $0.revisionInEffect(country: country, number: 5) }),
      ("a revision on a date", { _ = try $0.revisionInEffect(country: country, on: march) }),
      ("first and latest revisions", { _ = try $0.revisionsInEffectSpan(country: country) }),
      ("show", { _ = try $0.profile(country: country) }),
      ("show --as-of", { _ = try $0.profile(country: country, asOf: march) }),
      (
        "show --known-at",
        { _ = try $0.profile(country: country, asOf: march, knownAt: "2030-01-01T00:00:00Z") }
      ),
      ("a revision", { _ = try $0.profile(seq: revisions[1].seq) }),
      ("blame", { _ = try $0.readingHistory(country: country) }),
      ("reviews", { _ = try $0.reviews(country: country) }),
      ("source", { _ = try $0.source(country: country, date: march) }),
      ("changelog of a country", { _ = try $0.changes(countries: [country]) }),
      ("progress of a country", { _ = try $0.statusSeries(countries: [country]) }),
      ("head", { _ = try $0.head() }),
      (
        "record",
        {
          _ = try $0.record(source: bytes, profile: profile, parserVersion: ProfileParser.version)
        }
      ),
      (
        "review",
        {
          _ = try $0.review(
            country: country, date: march, indicator: "1.2.1", verdict: .confirmed,
            reviewer: "alice", note: "checked")
        }
      ),
    ]
    for (name, question) in questions {
      let statements = try store.statements(of: question)
      #expect(!statements.isEmpty, "\(name) ran no statement")
      for statement in statements where QueryPlanTests.isQuery(statement) {
        let scans = try fullScans(
          try store.ledger.queryPlan(statement), of: statement, in: store.ledger)
        #expect(scans.isEmpty, "\(name) reads a whole table: \(scans)\n\(statement)")
      }
    }
  }

  /// A date range's changelog across every country searches the revisions by country and
  /// date: it counts the revisions before the range through the index, and reads no whole
  /// table or index, so that its cost follows the range, not the store.
  @Test func aDateRangesChangelogSearchesAnIndex() throws {
    let store = try TracedStore()
    let dates = try #require(try store.ledger.dateRange())
    let since = try #require(ProfileDate(year: dates.first.year + 1, month: 1, day: 1))
    let until = try #require(ProfileDate(year: dates.first.year + 1, month: 12, day: 31))
    let questions: [(String, (Ledger) throws -> Void)] = [
      ("changes in a year", { _ = try $0.changes(since: since, until: until) }),
      (
        "changes in a year, two countries at a time",
        {
          try $0.withChangeGroups(since: since, until: until, countriesPerGroup: 2) {
            try $0.forEach { _ in }
          }
        }
      ),
      ("changes from a date on", { _ = try $0.changes(since: since) }),
    ]
    for (name, question) in questions {
      let statements = try store.statements(of: question).filter(QueryPlanTests.isQuery)
      #expect(
        statements.contains { $0.contains("count(*)") && $0.contains("effective_date <") },
        "\(name) does not count the revisions before its range")
      for statement in statements {
        let plan = try store.ledger.queryPlan(statement)
        let scans = fullScans(plan, of: statement)
        #expect(scans.isEmpty, "\(name) reads a whole table: \(scans)\n\(statement)")
        if statement.contains("FROM revisions") {
          #expect(
            plan.contains {
              $0.contains("revisions_by_country_date") || $0.contains("revisions_in_effect")
            },
            "\(name) reads revisions without their index: \(plan)\n\(statement)")
        }
      }
    }
  }

  /// The review queue reads the moves over its threshold through their measure's index,
  /// and numbers only their revisions: its cost follows what it lists, not the store.
  @Test func theReviewQueueReadsOnlyTheMovesItLists() throws {
    let store = try TracedStore()
    let statements = try store.statements { ledger in
      _ = try ledger.statusMoves(alike: 0.8)
      _ = try ledger.readingsMarkedForReview()
    }.filter(QueryPlanTests.isQuery)
    #expect(statements.contains { $0.contains("similarity >=") })
    for statement in statements {
      let plan = try store.ledger.queryPlan(statement)
      #expect(fullScans(plan, of: statement).isEmpty, "\(plan)\n\(statement)")
      if statement.contains("similarity >=") {
        #expect(
          plan.contains { $0.contains("indicator_changes_by_similarity") }, "\(plan)")
      }
    }
  }

  @Test func everyIndexTheSchemaCreatesIsOneAQueryUses() throws {
    let store = try TracedStore()
    let ledger = store.ledger
    let country = try #require(try ledger.countries().first?.code)
    let march = try ledger.revisionsInEffect(country: country)[3].effectiveDate
    // What the commands ask of a store, and what recording and reviewing ask of it.
    let documents = try SyntheticCorpus(countries: 4, revisions: 13, seed: 5).all()
    let statements = try store.statements { ledger in
      _ = try ledger.countries()
      _ = try ledger.standings()
      _ = try ledger.history(country: country)
      _ = try ledger.profile(country: country, asOf: march, knownAt: "2030-01-01T00:00:00Z")
      _ = try ledger.readingHistory(country: country)
      _ = try ledger.changes()
      _ = try ledger.changes(since: march, countries: [country])
      _ = try ledger.statusSeries()
      _ = try ledger.statusSeries(since: march, countries: [country])
      _ = try ledger.readingsMarkedForReview()
      _ = try ledger.statusMoves()
      _ = try ledger.statusMoves(countries: [country])
      _ = try ledger.exportLog { _ in }
      _ = try ledger.sourcesInEffect()
      _ = try ledger.source(country: country, date: march)
      _ = try ledger.review(
        country: country, date: march, indicator: "1.2.1", verdict: .confirmed,
        reviewer: "alice", note: "checked")
      _ = try ledger.reviews(country: country)
      let prepared = ledger.prepare(
        try documents.suffix(4).map {
          let bytes = Array($0.text.utf8)
          return (bytes, try #require(ProfileParser.standard.parse(bytes).profile))
        })
      _ = try ledger.recordBatch(prepared: prepared, parserVersion: ProfileParser.version)
      _ = try ledger.recordedDocuments(
        sourceHashes: [SHA256Hash.zero], parserVersion: ProfileParser.version,
        catalog: "itu-cyberwellness-2015")
    }
    var used = Set<String>()
    for statement in statements where QueryPlanTests.isQuery(statement) {
      for line in try ledger.queryPlan(statement) {
        if let match = line.firstMatch(of: /USING (?:COVERING )?INDEX (\w+)/) {
          used.insert(String(match.1))
        }
      }
    }
    // The indexes the schema creates by name; those SQLite makes for UNIQUE and PRIMARY KEY
    // constraints enforce them, whether or not a query reads them.
    let created = try ledger.schemaStatements().compactMap {
      $0.firstMatch(of: /^CREATE INDEX (\w+)/).map { String($0.1) }
    }
    #expect(created.count >= 6)
    for index in created {
      #expect(used.contains(index), "no query uses the index \(index)")
    }
  }
}
