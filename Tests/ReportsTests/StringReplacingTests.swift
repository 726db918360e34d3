import Foundation
import ProfileTestSupport
import Testing

@testable import Reports

/// Replacing an ASCII character byte by byte gives what Foundation's `replacingOccurrences`
/// gives, whatever the text around it.
@Suite struct StringReplacingTests {
  @Test func anASCIICharacterIsReplacedAsFoundationReplacesIt() {
    var random = SeededRandom(seed: 3)
    let pieces = ["a", "\n", "\"", "é", "👩‍👩‍👧", " ", "\r\n", "<br/>", "Ω", ""]
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in
        pieces.randomElement(using: &random)!
      }.joined()
      for (character, replacement) in [("\n", "\n        "), ("\"", "\"\""), ("\n", "<br/>")] {
        #expect(
          text.replacing(ascii: UInt8(ascii: Unicode.Scalar(character)!), with: replacement)
            == text.replacingOccurrences(of: character, with: replacement),
          "\(text.debugDescription)")
      }
    }
  }
}
