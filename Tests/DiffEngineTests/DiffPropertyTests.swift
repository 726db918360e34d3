import DiffEngine
import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// The diff's laws, on seeded random pairs: `diff(a, a)` is empty, `diff(b, a)` is
/// `diff(a, b)` reversed, and applying `diff(a, b)` to `a` gives `b`.
@Suite struct DiffPropertyTests {
  /// Pairs of random edits of the real readings: each `b` is `a` edited, or both edited.
  static func editedPairs(count: Int, seed: UInt64) -> [(Profile, Profile)] {
    var rng = SeededRandom(seed: seed)
    return (0..<count).map { _ in
      let base = Readings.all.randomElement(using: &rng)!
      let a = Bool.random(using: &rng) ? base : RandomEdit.edit(base, using: &rng)
      return (a, RandomEdit.edit(a, using: &rng))
    }
  }

  /// Pairs of synthetic revisions, near and far apart in one country's series.
  static func syntheticPairs(seed: UInt64) -> [(Profile, Profile)] {
    let corpus = SyntheticCorpus(countries: 4, revisions: 30, seed: seed)
    var rng = SeededRandom(seed: seed)
    return (0..<corpus.countries).flatMap { index in
      let series = corpus.series(index).map { ProfileParser.standard.parse(text: $0.text).profile! }
      return (0..<40).map { _ in
        (series.randomElement(using: &rng)!, series.randomElement(using: &rng)!)
      }
    }
  }

  static func checkLaws(_ a: Profile, _ b: Profile, _ label: String) throws {
    let forward = ProfileDiff(from: a, to: b)
    let backward = ProfileDiff(from: b, to: a)
    #expect(ProfileDiff(from: a, to: a).isEmpty, "\(label): diff(a, a) is not empty")
    #expect(forward.isEmpty == (a == b), "\(label): isEmpty")
    #expect(backward == forward.reversed, "\(label): diff(b, a) is not diff(a, b) reversed")
    #expect(forward.reversed.reversed == forward, "\(label): reversing twice")
    #expect(try forward.apply(to: a) == b, "\(label): diff(a, b) applied to a is not b")
    #expect(try backward.apply(to: b) == a, "\(label): diff(b, a) applied to b is not a")
    for change in forward.indicators {
      #expect(!change.classes.isEmpty, "\(label): \(change.id) has no class")
      #expect(change.before != change.after, "\(label): \(change.id) did not change")
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func lawsHoldOnEditedReadings(seed: UInt64) throws {
    let pairs = Self.editedPairs(count: 150, seed: seed)
    var changedIndicators = 0
    for (index, (a, b)) in pairs.enumerated() {
      try Self.checkLaws(a, b, "seed \(seed) pair \(index)")
      changedIndicators += ProfileDiff(from: a, to: b).indicators.count
    }
    #expect(changedIndicators > pairs.count / 2, "the edits should change indicators")
  }

  @Test(arguments: [11, 12] as [UInt64])
  func lawsHoldOnSyntheticRevisions(seed: UInt64) throws {
    for (index, (a, b)) in Self.syntheticPairs(seed: seed).enumerated() {
      try Self.checkLaws(a, b, "seed \(seed) pair \(index)")
    }
  }

  @Test func applyingToAnotherProfileFails() throws {
    var rng = SeededRandom(seed: 5)
    var failures = 0
    for (index, (a, b)) in Self.editedPairs(count: 200, seed: 5).enumerated() {
      let diff = ProfileDiff(from: a, to: b)
      guard !diff.isEmpty else { continue }
      // Another profile: the `to` side, or `a` with one more edit where the diff looks.
      var other = RandomEdit.edit(a, using: &rng)
      if let change = diff.indicators.first,
        let index = other.indicators.firstIndex(where: { $0.id == change.id })
      {
        other.indicators[index].text += " again"
      } else {
        other = b
      }
      guard other != a else { continue }
      #expect(throws: DiffError.self, "pair \(index)") { try diff.apply(to: other) }
      failures += 1
    }
    #expect(failures > 150)
  }
}
