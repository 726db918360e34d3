import DiffEngine
import ProfileTestSupport
import Testing

/// Word diffs: shortest, faithful to both texts, and the same whichever text is old.
@Suite struct WordDiffTests {
  @Test func aReplacedPhraseIsDeletedThenInserted() {
    #expect(
      WordDiff.runs(
        from: "Belize is presently working on a draft strategy.",
        to: "Belize has adopted a national strategy.")
        == [
          WordRun(.equal, "Belize"), WordRun(.deleted, "is presently working on"),
          WordRun(.inserted, "has adopted"), WordRun(.equal, "a"), WordRun(.deleted, "draft"),
          WordRun(.inserted, "national"), WordRun(.equal, "strategy."),
        ])
  }

  @Test func insertionsAndDeletionsAtTheEnds() {
    #expect(
      WordDiff.runs(from: "CIRT", to: "The national CIRT is CERT-BZ")
        == [
          WordRun(.inserted, "The national"), WordRun(.equal, "CIRT"),
          WordRun(.inserted, "is CERT-BZ"),
        ])
    #expect(WordDiff.runs(from: "", to: "new text") == [WordRun(.inserted, "new text")])
    #expect(WordDiff.runs(from: "old text", to: "") == [WordRun(.deleted, "old text")])
  }

  @Test func whitespaceAloneChangesNoWord() {
    #expect(WordDiff.runs(from: "a b c", to: "a  b\tc") == [WordRun(.equal, "a b c")])
    #expect(WordDiff.runs(from: "a b\nc", to: "a b c").count == 1)
  }

  @Test func runsKeepTheirLineBreaks() {
    #expect(
      WordDiff.runs(from: "instruments:\n- A Act", to: "instruments:\n- A Act\n- B Act")
        == [WordRun(.equal, "instruments:\n- A Act"), WordRun(.inserted, "- B Act")])
  }

  @Test func swappedWordsKeepOneAndTheChoiceDoesNotDependOnDirection() {
    let forward = WordDiff.runs(from: "x y", to: "y x")
    let backward = WordDiff.runs(from: "y x", to: "x y")
    #expect(forward.filter { $0.kind == .equal }.count == 1)
    #expect(backward == WordDiff.inverted(forward))
  }

  /// Old text = equal + deleted words, new text = equal + inserted words, the equal words
  /// are a longest common subsequence, and runs alternate with deletions before insertions.
  @Test func randomTextsDiffMinimallyAndFaithfully() {
    var rng = SeededRandom(seed: 42)
    let vocabulary = ["a", "b", "c", "d", "the", "CIRT"]
    for round in 0..<1_000 {
      let a = (0..<Int.random(in: 0...24, using: &rng)).map { _ in
        vocabulary.randomElement(using: &rng)!
      }
      let b = (0..<Int.random(in: 0...24, using: &rng)).map { _ in
        vocabulary.randomElement(using: &rng)!
      }
      // Words separated by spaces, line breaks or both.
      func text(_ words: [String]) -> String {
        words.map { [" ", "\n", " \n "].randomElement(using: &rng)! + $0 }.joined()
      }
      let (textA, textB) = (text(a), text(b))
      let runs = WordDiff.runs(from: textA, to: textB)
      func words(_ kinds: Set<WordRun.Kind>) -> [String] {
        runs.filter { kinds.contains($0.kind) }.flatMap {
          $0.text.split(whereSeparator: \.isWhitespace).map(String.init)
        }
      }
      #expect(words([.equal, .deleted]) == a, "round \(round): \(a) → \(b)")
      #expect(words([.equal, .inserted]) == b, "round \(round): \(a) → \(b)")
      #expect(words([.equal]).count == Self.lcs(a, b), "round \(round): \(a) → \(b)")
      for (x, y) in zip(runs, runs.dropFirst()) {
        #expect(x.kind != y.kind, "round \(round): adjacent runs of one kind")
        #expect(!(x.kind == .inserted && y.kind == .deleted), "round \(round): insertion first")
      }
      #expect(
        WordDiff.runs(from: textB, to: textA)
          == WordDiff.inverted(runs), "round \(round)")
    }
  }

  static func lcs(_ a: [String], _ b: [String]) -> Int {
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in a.indices.reversed() {
      for j in b.indices.reversed() {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table[0][0]
  }
}
