import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// No input crashes the reader: random damage to the real document yields either a profile
/// (which then survives the writer) or errors, never both and never neither.
@Suite struct RobustnessTests {
  @Test func thousandsOfMutationsOfTheSeedReadOrFailCleanly() throws {
    let seed = Array(try Documents.belize().utf8)
    let parser = ProfileParser.standard
    var read = 0
    var rejected = 0
    for trial in 0..<3000 {
      var rng = SeededRandom(seed: UInt64(trial))
      var bytes = seed
      for _ in 0..<Int.random(in: 1...4, using: &rng) {
        bytes = Mutation.allCases.randomElement(using: &rng)!.apply(to: bytes, using: &rng)
      }
      let result = parser.parse(bytes)
      if let profile = result.profile {
        read += 1
        #expect(!result.hasErrors, "trial \(trial): a profile and errors")
        #expect(profile.indicators.count == 21, "trial \(trial)")
        let again = parser.parse(text: ProfileWriter().render(profile)).profile
        let differing = zip(profile.indicators, again?.indicators ?? []).filter { $0 != $1 }
        let same = again == profile
        #expect(
          same,
          "trial \(trial): parse(render(p)) != p; first difference: \(differing.first.map { "\($0.0) vs \($0.1)" } ?? "outside indicators")"
        )
      } else {
        rejected += 1
        #expect(result.hasErrors, "trial \(trial): neither a profile nor an error")
        #expect(result.errors.allSatisfy { !$0.message.isEmpty })
      }
    }
    // Both outcomes must actually occur, or the mutations test nothing.
    #expect(read > 300 && rejected > 300, "read \(read), rejected \(rejected)")
  }
}
