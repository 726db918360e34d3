import DiffEngine
import EventStore
import Foundation
import LedgerModel
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Reports
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The changelog read from the projections agrees with the diff engine on the stored
/// readings; its JSON keeps to its schema; its CSV and Atom forms parse.
@Suite struct ChangelogTests {
  let schemaURL = SourceTree.root().appendingPathComponent("Schema/changelog.schema.json")

  func validator() throws -> JSONSchemaValidator {
    JSONSchemaValidator(
      root: try JSONValue.parse(String(decoding: try Data(contentsOf: schemaURL), as: UTF8.self)))
  }

  /// A store of 6 synthetic countries × 12 revisions, plus the report store's documents.
  func corpusLedger() throws -> Ledger {
    let ledger = try ReportStore.make()
    let corpus = SyntheticCorpus(countries: 6, revisions: 12, seed: 5)
    for revision in corpus.all() {
      let bytes = Array(revision.text.utf8)
      let profile = try #require(ProfileParser.standard.parse(bytes).profile)
      _ = try ledger.record(source: bytes, profile: profile, parserVersion: ProfileParser.version)
    }
    return ledger
  }

  @Test func theChangelogIsTheDiffOfEachRevisionWithTheOneBefore() throws {
    let ledger = try corpusLedger()
    let changelog = Changelog(try ledger.changes())
    #expect(changelog.entries.count == (try ledger.countries()).reduce(0) { $0 + $1.revisions })
    for entry in changelog.entries {
      guard let previous = entry.previous else {
        #expect(entry.revision.number == 1)
        continue
      }
      let a = try #require(try ledger.profile(seq: previous.seq)).profile
      let b = try #require(try ledger.profile(seq: entry.revision.seq)).profile
      let diff = ProfileDiff(from: a, to: b)
      // The store's projections keep what documents say, not the reader's evidence.
      let said = diff.indicators.map { change in
        var change = change
        change.before = change.before?.withoutEvidence
        change.after = change.after?.withoutEvidence
        return change
      }
      #expect(entry.indicators == said, "\(entry.country) #\(entry.revision.number)")
      #expect(entry.figures == diff.figures, "\(entry.country) #\(entry.revision.number)")
      #expect(entry.isDateOnly == diff.isDateOnly)
    }
  }

  /// A figure a revision leaves out, then gives again with another value: the changelog pairs
  /// the figures as the diff engine does, in its order.
  @Test func figuresLeftOutAndGivenAgainArePairedAsTheDiffEnginePairsThem() throws {
    let seed = try Documents.belize()
    let dropped = seed.replacingOccurrences(of: "Total Population: 324 000\n", with: "")
      .replacingOccurrences(of: "2 March 2015", with: "1 June 2015")
    let back = seed.replacingOccurrences(of: "324 000", with: "331 000")
      .replacingOccurrences(of: "31.70%", with: "33.10%")
      .replacingOccurrences(of: "2 March 2015", with: "1 September 2015")
    let ledger = try Ledger()
    var profiles: [Profile] = []
    for text in [seed, dropped, back] {
      let bytes = Array(text.utf8)
      let profile = try #require(ProfileParser.standard.parse(bytes).profile)
      _ = try ledger.record(source: bytes, profile: profile, parserVersion: ProfileParser.version)
      profiles.append(profile)
    }
    let entries = Changelog(try ledger.changes()).entries
    #expect(entries.map(\.revision.number) == [1, 2, 3])
    #expect(entries[0].figures.isEmpty)
    #expect(entries[1].figures.first?.id == "population")
    #expect(entries[1].figures.first?.after == nil)
    #expect(entries[2].figures.map(\.id) == ["population", "internet-users"])
    #expect(entries[1].figures == ProfileDiff(from: profiles[0], to: profiles[1]).figures)
    #expect(entries[2].figures == ProfileDiff(from: profiles[1], to: profiles[2]).figures)
  }

  @Test func theRangeAndCountriesSelectRevisionsWithTheirPredecessors() throws {
    let ledger = try ReportStore.make()
    let since = ProfileDate(year: 2015, month: 6, day: 1)!
    let entries = try ledger.changes(since: since, countries: ["BLZ"])
    #expect(entries.map(\.revision.number) == [2, 3, 4])
    #expect(entries.first?.previous?.number == 1)
    #expect(try ledger.changes(until: ProfileDate(year: 2000, month: 1, day: 1)!).isEmpty)
  }

  @Test func aBackfillIsListedBetweenItsNeighbours() throws {
    let ledger = try ReportStore.make()
    var text = try Documents.belize(
      replacing: "1.2.1", with: "Belize will be establishing a national CIRT.")
    text = text.replacingOccurrences(
      of: "Last updated on 2 March 2015", with: "Last updated on 1 July 2015")
    let bytes = Array(text.utf8)
    let profile = try #require(ProfileParser.standard.parse(bytes).profile)
    #expect(
      try ledger.record(source: bytes, profile: profile, parserVersion: ProfileParser.version)
        .outcome == .backfilled)
    let belize = Changelog(try ledger.changes(countries: ["BLZ"])).entries
    #expect(
      belize.map(\.revision.effectiveDate.iso) == [
        "2015-03-02", "2015-07-01", "2015-09-14", "2016-01-20", "2016-06-01",
      ])
    #expect(belize[1].outcome == .backfilled)
    #expect(belize[1].indicators.map(\.id) == ["1.2.1"])
    #expect(belize[1].indicators.first?.classes == [.advanced])
    #expect(belize[2].previous?.effectiveDate.iso == "2015-07-01")
  }

  @Test func theJSONKeepsToItsSchema() throws {
    let validator = try validator()
    let json = try JSONValue.parse(Changelog(try corpusLedger().changes()).json())
    #expect(validator.errors(json) == [])
    guard case .object(let root) = json, case .number(let version)? = root["version"] else {
      Issue.record("no version")
      return
    }
    #expect(Int(version) == Changelog.jsonVersion)
  }

  /// The JSON is written a few countries at a time, each piece indented for where it joins
  /// the document: every line must stand at its nesting depth, however the pieces fall.
  @Test func theJSONWrittenInPiecesIsOneIndentedDocument() throws {
    let ledger = try corpusLedger()
    let empty = Changelog(
      try ledger.changes(since: ProfileDate(iso: "2099-01-01")),
      since: ProfileDate(iso: "2099-01-01"))
    #expect(empty.json().hasSuffix("\"countries\": []\n}\n"))
    for changelog in [empty, Changelog(try ledger.changes())] {
      let text = changelog.json()
      _ = try JSONValue.parse(text)
      var pieces: [[UInt8]] = []
      changelog.writeJSON { pieces.append($0) }
      #expect(pieces.joined().elementsEqual(text.utf8))
      #expect(pieces.count >= 2 + 2 * changelog.byCountry.count)
      // Depth before each line, from the brackets outside strings on the lines above.
      var depth = 0
      for (number, line) in text.split(separator: "\n").enumerated() {
        let body = line.drop { $0 == " " }
        let closes = body.first == "}" || body.first == "]"
        let indent = line.count - body.count
        #expect(indent == 2 * (depth - (closes ? 1 : 0)), "line \(number + 1): \(line)")
        var inString = false
        var escaped = false
        for character in body {
          if inString {
            if escaped {
              escaped = false
            } else if character == "\\" {
              escaped = true
            } else if character == "\"" {
              inString = false
            }
          } else if character == "\"" {
            inString = true
          } else if character == "{" || character == "[" {
            depth += 1
          } else if character == "}" || character == "]" {
            depth -= 1
          }
        }
      }
      #expect(depth == 0)
    }
  }

  @Test func theValidatorCatchesOutputThatLeavesTheSchema() throws {
    let validator = try validator()
    let json = Changelog(try ReportStore.make().changes()).json()
    let renamed = try JSONValue.parse(
      json.replacingOccurrences(of: "\"dateOnly\"", with: "\"dateonly\""))
    #expect(validator.errors(renamed).contains { $0.contains("missing 'dateOnly'") })
    let badStatus = try JSONValue.parse(
      json.replacingOccurrences(of: "\"after\": \"present\"", with: "\"after\": \"done\""))
    #expect(!validator.errors(badStatus).isEmpty)
    let badVersion = try JSONValue.parse(
      json.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2"))
    #expect(validator.errors(badVersion) == ["$.version: expected number(1.0), found number(2.0)"])
  }

  @Test func theCSVHasOneRowPerIndicatorChange() throws {
    let changelog = Changelog(try corpusLedger().changes())
    let rows = CSV.parse(changelog.csv())
    #expect(rows.first == Changelog.csvColumns)
    #expect(rows.count == 1 + changelog.summary.indicatorChanges)
    #expect(rows.allSatisfy { $0.count == Changelog.csvColumns.count })
    let cirt = try #require(rows.first { $0[0] == "BLZ" && $0[6] == "1.2.1" })
    #expect(cirt[9] == "absent" && cirt[10] == "present" && cirt[12] == "established expanded")
  }

  @Test func theAtomFeedParsesAndCarriesEachChange() throws {
    let changelog = Changelog(try ReportStore.make().changes())
    let feed = try AtomFeed.parse(changelog.atom())
    #expect(feed.root == "feed")
    #expect(feed.namespace == "http://www.w3.org/2005/Atom")
    #expect(feed.feedElements.isSuperset(of: ["id", "title", "updated", "author"]))
    #expect(feed.entries.count == changelog.entries.count)
    for entry in feed.entries {
      #expect(Set(entry.keys).isSuperset(of: ["id", "title", "updated", "content"]))
      #expect(entry["id"]?.hasPrefix("urn:uuid:") == true)
      #expect(entry["updated"].flatMap { ISO8601DateFormatter.fractional.date(from: $0) } != nil)
    }
    #expect(Set(feed.entries.compactMap { $0["id"] }).count == feed.entries.count)
    let cirt = try #require(
      feed.entries.first { $0["title"]?.contains("established 1.2.1") == true })
    #expect(cirt["content"]?.contains("<del>does not have</del><ins>has</ins>") == true)
  }
}

/// RFC 4180 parsing, for checking the CSV.
enum CSV {
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else {
        switch character {
        case "\"": quoted = true
        case ",":
          row.append(field)
          field = ""
        case "\r\n", "\n":
          row.append(field)
          rows.append(row)
          row = []
          field = ""
        default: field.append(character)
        }
      }
    }
    if !row.isEmpty || !field.isEmpty { rows.append(row + [field]) }
    return rows
  }
}

/// An Atom feed's structure, read with Foundation's XMLParser.
final class AtomFeed: NSObject, XMLParserDelegate {
  var root: String?
  var namespace: String?
  var feedElements: Set<String> = []
  var entries: [[String: String]] = []
  private var path: [String] = []
  private var text = ""

  static func parse(_ xml: String) throws -> AtomFeed {
    let feed = AtomFeed()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.shouldProcessNamespaces = true
    parser.delegate = feed
    guard parser.parse() else {
      throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
    }
    return feed
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if path.isEmpty {
      root = name
      namespace = namespaceURI
    }
    if path == ["feed"] {
      feedElements.insert(name)
      if name == "entry" { entries.append([:]) }
    }
    path.append(name)
    text = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    path.removeLast()
    if path == ["feed", "entry"] { entries[entries.count - 1][name] = text }
    text = ""
  }
}

extension ISO8601DateFormatter {
  nonisolated(unsafe) static let fractional: ISO8601DateFormatter = {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter
  }()
}

extension ChangelogTests {
  /// A reviewed reading is what the changelog reports, marked with its review; its JSON
  /// keeps to the schema.
  @Test func reviewedReadingsAreReportedAndMarked() throws {
    let ledger = try ReportStore.make()
    let review = try ledger.review(
      country: "BLZ", date: ProfileDate(iso: "2015-09-14")!, indicator: "1.2.1",
      verdict: .corrected(status: .partial, items: nil), reviewer: "alice",
      note: "known as CERT-BZ, not yet operational", recordedAt: TestStore.recordedAt(500))
    let changelog = Changelog(try ledger.changes(countries: ["BLZ"]))
    let september = try #require(
      changelog.entries.first { $0.revision.effectiveDate.iso == "2015-09-14" })
    let cirt = try #require(september.indicators.first { $0.id == "1.2.1" })
    #expect(cirt.before?.status == .absent && cirt.after?.status == .partial)
    #expect(september.reviews["1.2.1"]?.reviewer == "alice")
    #expect(september.reviews["1.2.1"]?.machineStatus == .present)
    // January repeats September's text: the review holds there too, so June's 1.2.1 moves
    // from partial (reviewed) to partial (read).
    let june = try #require(
      changelog.entries.first { $0.revision.effectiveDate.iso == "2016-06-01" })
    #expect(june.indicators.first { $0.id == "1.2.1" }?.before?.status == .partial)

    #expect(
      changelog.markdown().contains(
        "  - reviewed by alice (event #\(review.seq); read as present): known as CERT-BZ, not yet operational\n"
      ))
    let json = try JSONValue.parse(changelog.json())
    #expect(try validator().errors(json) == [])
    #expect(changelog.json().contains(#""machineStatus": "present""#))
  }

  /// A reviewed figure value is the one the changelog compares, marked with its review.
  @Test func reviewedFigureValuesAreReportedAndMarked() throws {
    let ledger = try ReportStore.make()
    // September gives 330 000; the reviewer reads 331 000 in the table.
    let review = try ledger.review(
      country: "BLZ", date: ProfileDate(iso: "2015-09-14")!, subject: .figure("population"),
      verdict: .revalued("331000"), reviewer: "alice", note: "UN table",
      recordedAt: TestStore.recordedAt(500))
    let changelog = Changelog(try ledger.changes(countries: ["BLZ"]))
    let september = try #require(
      changelog.entries.first { $0.revision.effectiveDate.iso == "2015-09-14" })
    let population = try #require(september.figures.first { $0.id == "population" })
    #expect(population.before?.value == "324000" && population.after?.value == "331000")
    #expect(september.figureReviews["population"]?.machineValue == "330000")
    #expect(
      changelog.markdown().contains(
        "  - reviewed by alice (event #\(review.seq); read as 330 000): UN table\n"))
  }

  /// The changelog written a few countries at a time is, byte for byte, the changelog made
  /// whole: in every format, for the whole store, a range and a few countries, and when
  /// nothing changed.
  @Test(arguments: [ChangelogWriter.Format.markdown, .json, .csv, .atom])
  func writtenInPartsItIsTheWholeChangelog(format: ChangelogWriter.Format) throws {
    let ledger = try corpusLedger()
    let countries = try ledger.countries().map(\.code)
    #expect(countries.count > 3)
    let june = ProfileDate(iso: "2015-06-01")!
    for (since, until, filter) in [
      (nil, nil, [String]()), (june, nil, []), (nil, june, Array(countries.prefix(3))),
      (ProfileDate(iso: "1990-01-01"), ProfileDate(iso: "1990-12-31"), []),
    ] as [(ProfileDate?, ProfileDate?, [String])] {
      let whole = Changelog(
        try ledger.changes(since: since, until: until, countries: filter), since: since,
        until: until)
      let expected: [UInt8] =
        switch format {
        case .markdown: Array(whole.markdown().utf8)
        case .json: whole.jsonBytes()
        case .csv: Array(whole.csv().utf8)
        case .atom: Array(whole.atom().utf8)
        }
      for perGroup in [1, 2, 100] {
        var written: [UInt8] = []
        var parts = 0
        var writer = ChangelogWriter(format, since: since, until: until) { written += $0 }
        try ledger.withChangeGroups(
          since: since, until: until, countries: filter, countriesPerGroup: perGroup
        ) { groups in
          var overview = Changelog.Overview()
          try groups.forEach { overview.add($0) }
          #expect(overview == whole.overview)
          try writer.begin(overview)
          try groups.forEach {
            #expect(Set($0.map(\.country)).count <= perGroup)
            parts += 1
            try writer.write(Changelog($0, since: since, until: until))
          }
          try writer.end()
        }
        #expect(
          written == expected,
          "\(format) in groups of \(perGroup), \(since?.iso ?? "-")…\(until?.iso ?? "-")")
        if perGroup == 1 { #expect(parts == whole.overview.countries.count) }
      }
    }
  }
}

/// A date range's changelog, which reads only the revisions in its range and counts those
/// before it, numbers and pairs its revisions as the whole store's changelog does.
@Suite struct ChangelogRangeTests {
  /// 4 synthetic countries × 14 revisions recorded out of order (backfills), and a
  /// correction of every fifth revision (the one it corrects superseded, its date kept).
  static func store() throws -> Ledger {
    let ledger = try Ledger()
    let documents = try SyntheticCorpus(countries: 4, revisions: 14, seed: 11).all().map {
      let bytes = Array($0.text.utf8)
      return (source: bytes, profile: try #require(ProfileParser.standard.parse(bytes).profile))
    }
    var rng = SeededRandom(seed: 3)
    for document in documents.shuffled(using: &rng) {
      _ = try ledger.record(
        source: document.source, profile: document.profile, parserVersion: ProfileParser.version)
    }
    for (index, document) in documents.enumerated() where index % 5 == 2 {
      var profile = document.profile
      profile.indicators[0].text += " Corrected."
      _ = try ledger.record(
        source: document.source + Array(" ".utf8), profile: profile,
        parserVersion: ProfileParser.version)
    }
    return ledger
  }

  static func rendered(_ changelog: Changelog, _ format: ChangelogWriter.Format) -> [UInt8] {
    switch format {
    case .markdown: Array(changelog.markdown().utf8)
    case .json: changelog.jsonBytes()
    case .csv: Array(changelog.csv().utf8)
    case .atom: Array(changelog.atom().utf8)
    }
  }

  @Test(arguments: [ChangelogWriter.Format.markdown, .json, .csv, .atom])
  func aRangeIsTheWholeChangelogsEntriesDatedInIt(format: ChangelogWriter.Format) throws {
    let ledger = try Self.store()
    let whole = try ledger.changes()
    #expect(whole.contains { $0.outcome == .corrected })
    #expect(whole.contains { $0.outcome == .backfilled })
    let dates = whole.map(\.revision.effectiveDate)
    let (first, last) = (try #require(dates.min()), try #require(dates.max()))
    // Every year the store covers, and ranges that start or end on a revision's date
    // (corrected ones among them), or the day after one.
    var ranges: [(ProfileDate, ProfileDate?)] = (first.year...last.year).map {
      (ProfileDate(year: $0, month: 1, day: 1)!, ProfileDate(year: $0, month: 12, day: 31)!)
    }
    for entry in whole.enumerated() where entry.offset % 3 == 0 {
      let date = entry.element.revision.effectiveDate
      ranges += [(date, nil), (date, date), (date.adding(days: 1), date.adding(days: 200))]
    }
    for (since, until) in ranges {
      let expected = whole.filter { entry in
        let date = entry.revision.effectiveDate
        return date >= since && until.map { date <= $0 } ?? true
      }
      let range = try ledger.changes(since: since, until: until)
      #expect(range == expected, "\(since.iso)…\(until?.iso ?? "-")")
      let wanted = Self.rendered(Changelog(expected, since: since, until: until), format)
      // As `profiles changelog` writes it, a few countries at a time.
      var written: [UInt8] = []
      var writer = ChangelogWriter(format, since: since, until: until) { written += $0 }
      try ledger.withChangeGroups(since: since, until: until, countriesPerGroup: 2) { groups in
        var overview = Changelog.Overview()
        try groups.forEach { overview.add($0) }
        try writer.begin(overview)
        try groups.forEach { try writer.write(Changelog($0, since: since, until: until)) }
        try writer.end()
      }
      #expect(written == wanted, "\(format), \(since.iso)…\(until?.iso ?? "-")")
    }
  }
}
