import GRDB
import LedgerModel
import ProfileModel

/// The revisions in effect — those no correction superseded — numbered per country from 1,
/// oldest first. The one place that numbers revisions: every query that names one (history,
/// changes, status series, standings, blame) reads them through here, so `diff BEL 2 3` and
/// a changelog always mean the same revisions.
struct RevisionsInEffect {
  /// A revision in effect, with its country and what recording it did.
  struct Entry {
    var country: String
    var revision: RevisionRef
    var outcome: IngestOutcome
  }

  /// Every revision in effect dated up to `through` (all when `nil`) of `countries` (all
  /// when empty), by country code, then effective date, then recording order, to `body`.
  static func forEach(
    through: ProfileDate? = nil, countries: [String] = [], in db: Database,
    _ body: (Entry) throws -> Void
  ) throws {
    try forEach(dated: nil, through: through, countries: countries, in: db) { entry, _ in
      try body(entry)
    }
  }

  /// Every revision in effect dated from `since` to `through` (inclusive; open when `nil`)
  /// of `countries` (all when empty), by country code, then effective date, then recording
  /// order, to `body` with the revision in effect before it (`nil` for a country's first).
  ///
  /// From `since` on, only the range is read: a revision's number is its place after the
  /// revisions in effect before `since`, which ``latest(before:countries:in:)`` counts, with
  /// the latest of them, in one statement for all the countries.
  static func forEach(
    dated since: ProfileDate?, through: ProfileDate?, countries: [String], in db: Database,
    _ body: (Entry, _ previous: RevisionRef?) throws -> Void
  ) throws {
    // A range is searched country by country in the index, each from its start.
    var countries = countries
    if since != nil, countries.isEmpty { countries = try recordedCountries(in: db) }
    // Conditions only as asked: a date bound nobody asked for could lead SQLite away from
    // the index that already gives the order.
    var conditions = ["superseded_by IS NULL"]
    var arguments: [String] = []
    if let since {
      conditions.append("effective_date >= ?")
      arguments.append(since.iso)
    }
    if let through {
      conditions.append("effective_date <= ?")
      arguments.append(through.iso)
    }
    if !countries.isEmpty {
      conditions.append("country IN (SELECT value FROM json_each(?))")
      arguments.append(SQLList.json(countries))
    }
    let before =
      try since.map {
        Dictionary(
          uniqueKeysWithValues: try latest(before: $0, countries: countries, in: db).map {
            ($0.country, $0.revision)
          })
      } ?? [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT country, seq, effective_date, recorded_at, content_hash, outcome FROM revisions
          WHERE \(conditions.joined(separator: " AND "))
          ORDER BY country, effective_date, seq
          """),
      arguments: StatementArguments(arguments))
    var country = ""
    var previous: RevisionRef?
    while let row = try rows.next() {
      let rowCountry: String = row[0]
      if rowCountry != country {
        country = rowCountry
        previous = before[country]
      }
      let revision = RevisionRef(
        seq: row[1], number: (previous?.number ?? 0) + 1,
        effectiveDate: ProfileDate(iso: row[2] as String) ?? .invalid, recordedAt: row[3],
        contentHash: row.hex(4) ?? "")
      try body(
        Entry(
          country: country, revision: revision,
          outcome: IngestOutcome(rawValue: row[5]) ?? .recorded),
        previous)
      previous = revision
    }
  }

  /// Each country's latest revision in effect, dated before `date` when given, among
  /// `countries` (all when nil), by country code; its number, the count of the country's
  /// revisions in effect up to it. Countries with none are left out. One statement: SQLite
  /// counts through `revisions_in_effect` (which holds only the revisions in effect, so that
  /// the count reads no table row) and finds each latest there; no revision is read one by
  /// one.
  static func latest(
    before date: ProfileDate? = nil, countries: [String]? = nil, in db: Database
  ) throws -> [(country: String, revision: RevisionRef)] {
    // Conditions only as asked, so that SQLite searches the index by country when given.
    let dated = date == nil ? "" : "AND effective_date < ?1"
    let among = countries == nil ? "" : "AND country IN (SELECT value FROM json_each(?2))"
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT r.country, r.seq, r.effective_date, r.recorded_at, r.content_hash, n.revisions
          FROM (
              SELECT country, count(*) AS revisions FROM revisions
              WHERE superseded_by IS NULL \(dated) \(among)
              GROUP BY country
            ) n
            JOIN revisions r ON r.seq = (
              SELECT seq FROM revisions
              WHERE country = n.country AND superseded_by IS NULL \(dated)
              ORDER BY effective_date DESC, seq DESC LIMIT 1)
          ORDER BY r.country
          """),
      // SQLite counts a statement's parameters up to the highest one it names.
      arguments: StatementArguments(
        countries.map { [date?.iso ?? "", SQLList.json($0)] } ?? date.map { [$0.iso] } ?? []))
    var latest: [(country: String, revision: RevisionRef)] = []
    while let row = try rows.next() {
      latest.append(
        (
          row[0],
          RevisionRef(
            seq: row[1], number: row[5],
            effectiveDate: ProfileDate(iso: row[2] as String) ?? .invalid, recordedAt: row[3],
            contentHash: row.hex(4) ?? "")
        ))
    }
    return latest
  }

  /// Every country with a revision recorded, by code: SQLite steps from each country to the
  /// next through `revisions_by_country_date`, one search per country, without reading the
  /// revisions between.
  static func recordedCountries(in db: Database) throws -> [String] {
    try String.fetchAll(
      db.cachedStatement(
        sql: """
          WITH RECURSIVE next (country) AS (
            SELECT min(country) FROM revisions
            UNION ALL
            SELECT (SELECT min(country) FROM revisions WHERE country > next.country) FROM next
            WHERE next.country IS NOT NULL
          )
          SELECT country FROM next WHERE country IS NOT NULL
          """))
  }

  /// The indicator statuses of the revisions recorded by events `seqs`, by seq, read from the
  /// projections alone, in one statement.
  static func statuses(of seqs: some Sequence<Int>, in db: Database) throws
    -> [Int: [String: IndicatorStatus]]
  {
    var statuses: [Int: [String: IndicatorStatus]] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT v.seq, v.indicator, t.status
          FROM indicator_values v JOIN indicator_texts t ON t.id = v.text_id
          WHERE v.seq IN (SELECT value FROM json_each(?))
          """),
      arguments: [SQLList.seqs(seqs)])
    while let row = try rows.next() {
      // Room for a catalog's indicators from the start, without growing row by row.
      statuses[row[0], default: Dictionary(minimumCapacity: 32)][row[1]] = row[2]
    }
    return statuses
  }

  /// The revisions in effect among `seqs`, by seq, with their countries; a superseded one
  /// is left out. Each is numbered by counting its country's revisions in effect up to it
  /// through `revisions_in_effect`, as ``forEach(through:countries:in:)`` would number it:
  /// for reads that name a few revisions anywhere in the store, without listing every
  /// revision of their countries.
  static func refs(of seqs: some Sequence<Int>, in db: Database) throws
    -> [Int: (country: String, revision: RevisionRef)]
  {
    var refs: [Int: (country: String, revision: RevisionRef)] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT r.seq, r.country, r.effective_date, r.recorded_at, r.content_hash,
            (SELECT count(*) FROM revisions n
             WHERE n.country = r.country AND n.superseded_by IS NULL
               AND (n.effective_date, n.seq) <= (r.effective_date, r.seq))
          FROM revisions r
          WHERE r.seq IN (SELECT value FROM json_each(?)) AND r.superseded_by IS NULL
          """),
      arguments: [SQLList.seqs(seqs)])
    while let row = try rows.next() {
      let seq: Int = row[0]
      refs[seq] = (
        row[1],
        RevisionRef(
          seq: seq, number: row[5], effectiveDate: ProfileDate(iso: row[2] as String) ?? .invalid,
          recordedAt: row[3], contentHash: row.hex(4) ?? "")
      )
    }
    return refs
  }

  /// The `number`-th revision in effect of `country` (from 1, oldest first), or the latest
  /// dated on or before `on`, or the latest of all: one search of `revisions_in_effect`,
  /// which counts up to it for its number, rather than a list of every revision of the
  /// country. Nil when there is none.
  static func revision(
    country: String, number: Int? = nil, on date: ProfileDate? = nil, in db: Database
  ) throws -> RevisionRef? {
    var arguments: StatementArguments = [country]
    var condition = ""
    var order = "effective_date DESC, seq DESC LIMIT 1"
    if let number {
      guard number >= 1 else { return nil }
      order = "effective_date, seq LIMIT 1 OFFSET ?"
      arguments += [number - 1]
    } else if let date {
      condition = "AND effective_date <= ?"
      arguments += [date.iso]
    }
    let row = try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT r.seq, r.effective_date, r.recorded_at, r.content_hash,
            (SELECT count(*) FROM revisions n
             WHERE n.country = r.country AND n.superseded_by IS NULL
               AND (n.effective_date, n.seq) <= (r.effective_date, r.seq))
          FROM revisions r
          WHERE r.country = ? AND r.superseded_by IS NULL \(condition)
          ORDER BY \(order)
          """),
      arguments: arguments)
    return row.map {
      RevisionRef(
        seq: $0[0], number: $0[4], effectiveDate: ProfileDate(iso: $0[1] as String) ?? .invalid,
        recordedAt: $0[2], contentHash: $0.hex(3) ?? "")
    }
  }

  /// The revisions in effect of `country` dated up to `through`, oldest first.
  static func of(country: String, through: ProfileDate? = nil, in db: Database) throws
    -> [RevisionRef]
  {
    var revisions: [RevisionRef] = []
    try forEach(through: through, countries: [country], in: db) { revisions.append($0.revision) }
    return revisions
  }
}

/// A status as the projections store it: its raw value. A value this version does not know
/// (a store written by a later one) reads as `missing`, never as a guess.
extension IndicatorStatus: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { rawValue.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> IndicatorStatus? {
    String.fromDatabaseValue(dbValue).map { IndicatorStatus(rawValue: $0) ?? .missing }
  }
}

extension IndicatorStatus: StatementColumnConvertible {
  /// Read straight from SQLite's column, without a `DatabaseValue` in between: statuses are
  /// read by the thousand in reports over the whole store.
  public init(sqliteStatement: SQLiteStatement, index: CInt) {
    self =
      IndicatorStatus(rawValue: String(sqliteStatement: sqliteStatement, index: index)) ?? .missing
  }
}
