import DiffEngine
import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Whole-profile diffs: date-only revisions, country and catalog changes, order changes,
/// applying and its errors, and the encoded form.
@Suite struct ProfileDiffTests {
  let belize = Readings.belize

  @Test func aProfileAgainstItselfIsEmpty() {
    let diff = ProfileDiff(from: belize, to: belize)
    #expect(diff.isEmpty && !diff.isDateOnly)
    #expect(diff.indicators == [] && diff.figures == [])
    #expect(diff.dateChange == nil && diff.countryChange == nil && diff.catalogChange == nil)
  }

  @Test func theReadersEvidenceIsNotAChangeOfTheDocument() throws {
    var b = belize
    b.indicators[2].evidence = StatusEvidence(rule: "negation", words: "not", review: "checked")
    #expect(b.indicators[2] != belize.indicators[2])
    #expect(ProfileDiff(from: belize, to: b).isEmpty)
    b.indicators[2].status = .unknown
    #expect(ProfileDiff(from: belize, to: b).indicators.map(\.id) == [belize.indicators[2].id])
  }

  @Test func aNewDateAloneIsADateOnlyRevision() throws {
    var b = belize
    b.lastUpdated = ProfileDate(year: 2015, month: 6, day: 1)!
    let diff = ProfileDiff(from: belize, to: b)
    #expect(diff.isDateOnly && !diff.isEmpty)
    #expect(diff.dateChange == ValueChange(before: belize.lastUpdated, after: b.lastUpdated))
    b.indicators[0].text += " More."
    #expect(!ProfileDiff(from: belize, to: b).isDateOnly)
  }

  @Test func aRenamedCountryIsAChangeButNotDateOnly() {
    var b = belize
    b.country.name = "Belize"
    b.lastUpdated = ProfileDate(year: 2016, month: 1, day: 1)!
    let diff = ProfileDiff(from: belize, to: b)
    #expect(diff.countryChange == ValueChange(before: belize.country, after: b.country))
    #expect(!diff.isDateOnly && !diff.isEmpty)
    #expect(diff.indicators.isEmpty)
  }

  @Test func aCIRTEstablishedAndNamed() throws {
    let b = Readings.belize(
      "1.2.1", .present, items: ["CERT-BZ"],
      text: "Belize has an officially recognized national CIRT known as CERT-BZ.")
    let diff = ProfileDiff(from: belize, to: b)
    let change = try #require(diff.indicator("1.2.1"))
    #expect(diff.indicators.map(\.id) == ["1.2.1"])
    #expect(change.classes == [.established, .expanded])
    #expect(change.status == StatusChange(from: .absent, to: .present))
    #expect(change.status?.direction == .up)
    #expect(change.items?.added == ["CERT-BZ"])
    // Words are compared as printed, punctuation included: "CIRT." is not "CIRT".
    #expect(
      change.words == [
        WordRun(.equal, "Belize"), WordRun(.deleted, "does not have"), WordRun(.inserted, "has"),
        WordRun(.equal, "an officially recognized national"), WordRun(.deleted, "CIRT."),
        WordRun(.inserted, "CIRT known as CERT-BZ."),
      ])
  }

  @Test func unchangedTextHasNoWordDiff() throws {
    var b = belize
    let index = b.indicators.firstIndex { !$0.items.isEmpty }!
    b.indicators[index].items.reverse()
    let change = try #require(ProfileDiff(from: belize, to: b).indicators.first)
    #expect(change.words == nil)
    #expect(change.items == nil || b.indicators[index].items.count < 2)
    #expect(change.classes == [.reworded])
  }

  @Test func indicatorsOfAnotherCatalogAppearAndDisappear() throws {
    var b = belize
    b.catalog = "itu-cyberwellness-2016"
    b.indicators.removeFirst()
    b.indicators.append(IndicatorReading(id: "3.1", status: .present, items: [], text: "New."))
    let diff = ProfileDiff(from: belize, to: b)
    #expect(diff.catalogChange?.after == "itu-cyberwellness-2016")
    #expect(diff.indicators.map(\.id) == ["1.1.1", "3.1"])
    #expect(diff.indicators.map(\.classes) == [[.disappeared], [.appeared]])
    #expect(diff.indicatorOrder?.after == b.indicators.map(\.id))
    #expect(try diff.apply(to: belize) == b)
    #expect(try diff.reversed.apply(to: b) == belize)
  }

  @Test func applyingToAnotherRevisionOrReadingFails() throws {
    let b = Readings.belize("1.2.1", .present, items: ["CERT-BZ"])
    let diff = ProfileDiff(from: belize, to: b)
    var otherDate = belize
    otherDate.lastUpdated = ProfileDate(year: 2014, month: 1, day: 1)!
    #expect(
      throws: DiffError.revisionMismatch(expected: diff.from, found: ProfileDiff.Side(otherDate))
    ) { try diff.apply(to: otherDate) }
    var otherReading = belize
    otherReading.indicators[2].text = "Edited."
    #expect(
      throws: DiffError.indicatorMismatch(
        country: "BLZ", indicator: "1.2.1", expected: belize.indicators[2],
        found: otherReading.indicators[2])
    ) { try diff.apply(to: otherReading) }
    do {
      _ = try diff.apply(to: otherReading)
    } catch {
      #expect("\(error)".hasPrefix("BLZ indicator 1.2.1 reads absent with other items or text"))
    }
    var b2 = belize
    b2.figures[0].value = "1"
    var otherFigure = belize
    otherFigure.figures[0].value = "2"
    #expect(throws: DiffError.self) { try ProfileDiff(from: belize, to: b2).apply(to: otherFigure) }
  }

  @Test func diffsRoundTripThroughJSON() throws {
    var rng = SeededRandom(seed: 9)
    for _ in 0..<50 {
      let b = RandomEdit.edit(belize, using: &rng)
      let diff = ProfileDiff(from: belize, to: b)
      let data = try JSONEncoder().encode(diff)
      #expect(try JSONDecoder().decode(ProfileDiff.self, from: data) == diff)
    }
  }

  /// The encoded shape, reviewed: a CIRT established, an act renamed, a figure updated.
  @Test func encodedFormIsAsReviewed() throws {
    var b = Readings.belize(
      "1.2.1", .present, items: ["CERT-BZ"],
      text: "Belize has an officially recognized national CIRT known as CERT-BZ.")
    b.indicators[1].items[0] = "Electronic Transactions (Amendment) Act"
    b.indicators[1].text = b.indicators[1].text.replacingOccurrences(
      of: "Transactions Act", with: "Transactions (Amendment) Act")
    b.figures[0].value = "340200"
    b.figures[0].source = DataSource(name: "United Nations Statistics Division", period: "2014")
    b.lastUpdated = ProfileDate(year: 2016, month: 1, day: 12)!
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let json =
      String(decoding: try encoder.encode(ProfileDiff(from: belize, to: b)), as: UTF8.self) + "\n"
    let file = SourceTree.directory().appendingPathComponent("Golden/belize-diff.json")
    #expect(json == (try Golden.expected(json, file: file)), "differs from Golden/belize-diff.json")
  }
}
