import ProfileModel
import ProfileTestSupport
import Testing

@testable import ProfileParsing

/// The common form of a date is read from its bytes; every other text by its words. Where
/// the bytes give a date, the words must give the same one.
@Suite struct DateLinePathTests {
  @Test func theCommonFormReadsAsTheWords() {
    var rng = SeededRandom(seed: 3)
    let days = [
      "1", "2", "12", "31", "30", "29", "0", "00", "05", "123", "+5", "1st", "2nd",
      "3rd", "4th", "11TH", "1th", "st", "x",
    ]
    let months = [
      "March", "march", "MAR", "Mar", "Sept", "sept", "September", "Sep", "Ma",
      "Marc", "February", "Feb", "feb.", "Febr", "2015",
    ]
    let years = ["2014", "2015", "0999", "1000", "999", "20145", "2016", "2O16", "March"]
    let others = ["of", "OF", "Of", "o", ",", ".", "", " ", "-", "2015-03-02", "\u{301}"]
    var read = 0
    for _ in 0..<20_000 {
      // Mostly the common form, some of its pieces replaced, moved or doubled.
      var words = [days.randomElement(using: &rng)!]
      if Bool.random(using: &rng) { words.append(["of", "OF", "Of"].randomElement(using: &rng)!) }
      words += [months.randomElement(using: &rng)!, years.randomElement(using: &rng)!]
      for _ in 0..<Int.random(in: 0...2, using: &rng) {
        let piece = (days + months + years + others).randomElement(using: &rng)!
        if Bool.random(using: &rng) {
          words[Int.random(in: 0..<words.count, using: &rng)] = piece
        } else {
          words.insert(piece, at: Int.random(in: 0...words.count, using: &rng))
        }
      }
      let raw = words.joined(
        separator: [" ", " ", " ", "  ", ", ", ""].randomElement(using: &rng)!)
      var text = raw.trimmed
      while let last = text.last, last == "." || last == "," { text.removeLast() }
      #expect(DateLine.parse(raw) == DateLine.parse(trimmed: text), "\(raw)")
      if let date = text.withUTF8Bytes(DateLine.commonForm) {
        read += 1
        #expect(DateLine.parse(trimmed: text) == .success(date), "\(raw)")
      }
    }
    #expect(read > 500)  // the common form came up often enough to be tested
    #expect(DateLine.parse("12th of August 2014.") == .success(ProfileDate(iso: "2014-08-12")!))
  }
}
