import ProfileTestSupport
import Testing

@testable import DiffEngine

/// Items compared as normalised sets; likely renames offered, never merged.
@Suite struct ItemChangesTests {
  @Test(arguments: [
    ("Belize Police Department (BPD)", "belize  police department (bpd)."),
    ("Côte d’Ivoire CERT", "COTE D'IVOIRE CERT"),
    ("ITU–IMPACT", "itu-impact"),
    ("Ｃｙｂｅｒ Act", "cyber act"),
    (" Electronic\nTransactions Act ;", "electronic transactions act"),
  ])
  func respellingsAreTheSameItem(_ a: String, _ b: String) {
    #expect(ItemChanges.key(a) == ItemChanges.key(b))
    #expect(ItemChanges(before: [a], after: [b]) == nil)
  }

  @Test func orderDoesNotMatterButMembershipDoes() throws {
    #expect(ItemChanges(before: ["A", "B"], after: ["B", "A"]) == nil)
    let changes = try #require(ItemChanges(before: ["A", "B", "C"], after: ["C", "D", "A", "d"]))
    #expect(changes.added == ["D"])
    #expect(changes.removed == ["B"])
    #expect(changes.renames == [])
  }

  @Test func aLikelyRenameIsOfferedAndStaysAddedAndRemoved() throws {
    let changes = try #require(
      ItemChanges(
        before: ["Cyber Crimes Act 2003", "ITU-IMPACT"],
        after: ["ITU-IMPACT", "Cyber Crimes Act 2010", "Data Protection Act"]))
    #expect(changes.removed == ["Cyber Crimes Act 2003"])
    #expect(changes.added == ["Cyber Crimes Act 2010", "Data Protection Act"])
    #expect(
      changes.renames == [
        ItemRename(from: "Cyber Crimes Act 2003", to: "Cyber Crimes Act 2010", similarity: 0.6)
      ])
    #expect(changes.reversed.renames.first?.from == "Cyber Crimes Act 2010")
  }

  @Test func dissimilarItemsAreNotRenames() throws {
    let changes = try #require(
      ItemChanges(before: ["Data Protection Act"], after: ["Electronic Transactions Act"]))
    #expect(ItemChanges.similarity("Data Protection Act", "Electronic Transactions Act") == 0.2)
    #expect(changes.renames == [])
  }

  @Test func eachItemIsInAtMostOneRenameMostSimilarFirst() throws {
    let changes = try #require(
      ItemChanges(
        before: ["Computer Misuse Act", "Cyber Crimes Act 2003"],
        after: ["Computer Misuse (Amendment) Act", "Computer Misuse Act 2010", "Cyber Crimes Act"]))
    // Three candidates score 0.75; ties go by the names, so "Computer Misuse Act" pairs
    // with "Computer Misuse (Amendment) Act" and not also with "Computer Misuse Act 2010".
    #expect(
      changes.renames == [
        ItemRename(
          from: "Computer Misuse Act", to: "Computer Misuse (Amendment) Act", similarity: 0.75),
        ItemRename(from: "Cyber Crimes Act 2003", to: "Cyber Crimes Act", similarity: 0.75),
      ])
  }

  @Test func similarityIsTheJaccardIndexOfWords() {
    #expect(ItemChanges.similarity("Cyber Crimes Act 2003", "cyber crimes act 2010") == 0.6)
    #expect(ItemChanges.similarity("CERT-BZ", "cert bz") == 1)
    #expect(ItemChanges.similarity("A", "B") == 0)
    #expect(ItemChanges.renameThreshold == 0.5)
  }
}

/// The similarity of ASCII texts is worked out from sorted byte runs, not through the keys:
/// both ways must agree on every text.
@Suite struct SimilarityPathTests {
  @Test func theASCIIPathEqualsTheKeys() {
    var rng = SeededRandom(seed: 7)
    let words = [
      "Belize", "CERT", "cert", "Act", "act.", "2003", "national", "framework", "(BPD)", "e-Gov",
      "cyber-security", "the", "THE", "of", "x", "", "  ", ";", "\t", "A1", "a1", "data—",
    ]
    for _ in 0..<2_000 {
      func text() -> String {
        (0..<Int.random(in: 0...12, using: &rng)).map { _ in words.randomElement(using: &rng)! }
          .joined(separator: Bool.random(using: &rng) ? " " : ",")
      }
      let (a, b) = (text(), text())
      #expect(
        ItemChanges.similarity(a, b) == ItemChanges.keySimilarity(a, b), "\(a) | \(b)")
    }
    // Not ASCII: through the keys, folding accents and widths.
    #expect(ItemChanges.similarity("Côte d’Ivoire CERT", "COTE D'IVOIRE cert") == 1)
  }
}
