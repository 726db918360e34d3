import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// The same document reads the same however it was converted: plain text, CRLF, the text
/// `pdftotext -layout` makes of its PDF, and that text as a page-marking converter writes it
/// (byte-order mark, `----- Page N-----` lines, CR CR LF).
///
/// Conversions are found by their names: `NAME.txt` is the plain document and
/// `NAME.KIND.txt` another conversion of it (`Scripts/make-layout-fixtures` makes most of
/// them). `belize-seed.*` are conversions of the real seed, whose plain text is the snapshot.
@Suite struct ConversionInvarianceTests {
  static let kinds = ["crlf", "layout", "pages"]

  /// Plain documents that live outside the fixtures.
  static let plainElsewhere = [
    "belize-seed": SourceTree.root().appendingPathComponent("Snapshots/belize/2015-03-02.txt")
  ]

  struct Conversion: CustomTestStringConvertible, Sendable {
    var document: String
    var kind: String
    var plain: URL
    var converted: URL
    var testDescription: String { "\(document).\(kind)" }
  }

  static let conversions: [Conversion] = FixtureTests.names.compactMap { name in
    guard let dot = name.lastIndex(of: "."), kinds.contains(String(name[name.index(after: dot)...]))
    else { return nil }
    let document = String(name[..<dot])
    let plain =
      plainElsewhere[document]
      ?? FixtureTests.fixtures.appendingPathComponent(document + ".txt")
    return Conversion(
      document: document, kind: String(name[name.index(after: dot)...]), plain: plain,
      converted: FixtureTests.fixtures.appendingPathComponent(name + ".txt"))
  }

  @Test func everyKindOfConversionIsCovered() {
    #expect(Set(Self.conversions.map(\.kind)) == Set(Self.kinds))
    #expect(Self.conversions.contains { $0.document == "belize-seed" })
    #expect(Set(Self.conversions.map(\.document)).count >= 5)
  }

  @Test(arguments: conversions)
  func readsAsThePlainDocument(_ conversion: Conversion) throws {
    let plain = ProfileParser.standard.parse(try Data(contentsOf: conversion.plain))
    let converted = ProfileParser.standard.parse(try Data(contentsOf: conversion.converted))
    let expected = try #require(plain.profile, "\(conversion.document): \(plain.errors)")
    let actual = try #require(converted.profile, "\(conversion): \(converted.errors)")
    let expectedJSON = String(
      decoding: try CanonicalJSON.encode(expected, pretty: true), as: UTF8.self)
    let actualJSON = String(decoding: try CanonicalJSON.encode(actual, pretty: true), as: UTF8.self)
    #expect(actualJSON == expectedJSON, "\(conversion) reads differently from the plain document")
    // A conversion warns of nothing the plain document does not: no furniture read as text.
    #expect(
      converted.warnings.map(\.message) == plain.warnings.map(\.message),
      "\(conversion) warns differently")
  }
}
