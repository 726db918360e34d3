import Testing

@testable import ProfileParsing

@Suite struct PhraseMatcherTests {
  let matcher = PhraseMatcher(phrases: ["has a", "draft*", "there is no", "known as"])

  func found(_ text: String) -> [Int] { matcher.matches(in: text).map(\.phrase) }

  @Test func matchesWholeWordsOnly() {
    #expect(found("Belize has a CIRT") == [0])
    #expect(found("Belize has an agency") == [])
    #expect(found("Belize chas a CIRT") == [])
    #expect(found("There is none") == [])
    #expect(found("There is no CIRT") == [2])
  }

  @Test func aTrailingStarLetsTheWordGoOn() {
    #expect(found("A drafted bill") == [1])
    #expect(found("A draft bill") == [1])
    #expect(found("An overdraft") == [])
  }

  @Test func isCaseInsensitiveAndReportsOffsets() {
    let matches = matcher.matches(in: "The CERT KNOWN AS X")
    #expect(matches.count == 1)
    #expect(matches.first.map { [$0.start, $0.end] } == [9, 17])
  }

  @Test func overlappingPhrasesAreAllFound() {
    let overlapping = PhraseMatcher(phrases: [
      "does not have", "not have", "does not have the exact number",
    ])
    #expect(
      Set(overlapping.matches(in: "it does not have the exact number").map(\.phrase)) == [0, 1, 2])
  }
}
