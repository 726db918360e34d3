import ProfileModel

/// Reads the dates profiles print: "2 March 2015", "12th August 2014", "1st of September
/// 2014", "March 2, 2015", "2015-03-02".
enum DateLine {
  enum Failure: Error, Equatable {
    case unreadable(String)
    case impossible(String)
    /// A year of fewer than four digits ("10 February 215"): no date a profile carries, and
    /// one the documents' own form could not write back.
    case shortYear(String)
  }

  static func parse(_ raw: String) -> Result<ProfileDate, Failure> {
    var text = raw.trimmed
    while let last = text.last, last == "." || last == "," { text.removeLast() }
    if text.isASCIIText, let date = text.withUTF8Bytes(commonForm) { return .success(date) }
    return parse(trimmed: text)
  }

  /// ``parse(_:)`` of a text without spaces or `.`/`,` at its ends, by its words.
  static func parse(trimmed text: String) -> Result<ProfileDate, Failure> {
    if let iso = ProfileDate(iso: text) {
      return iso.year >= 1000 ? .success(iso) : .failure(.shortYear(text))
    }
    let spaced = text.replacingAll(",", with: " ")
    // Splitting ASCII text on its bytes is splitting it on its characters, only cheaper.
    let pieces =
      spaced.isASCIIText
      ? spaced.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
      : spaced.split(separator: " ").map(String.init)
    let words = pieces.filter { $0.lowercased() != "of" }
    guard words.count == 3 else { return .failure(.unreadable(text)) }
    let day: Int?
    let month: Int?
    if let m = monthNumber(words[1]) {
      day = dayNumber(words[0])
      month = m
    } else if let m = monthNumber(words[0]) {
      day = dayNumber(words[1])
      month = m
    } else {
      return .failure(.unreadable(text))
    }
    guard let day, let month, let year = Int(words[2]), year >= 0 else {
      return .failure(.unreadable(text))
    }
    guard words[2].count == 4, year >= 1000 else { return .failure(.shortYear(text)) }
    guard let date = ProfileDate(year: year, month: month, day: day) else {
      return .failure(.impossible(text))
    }
    return .success(date)
  }

  /// The date of ASCII `text` in the form nearly every profile prints, "12 August 2014",
  /// "1st of September 2014", read from its bytes: a day of one or two digits (any ordinal
  /// suffix), "of" or not, a month's name or its first three letters (or "Sept"), a year of
  /// four digits, single spaces between. `nil` for any other text, and for a date that is
  /// not in the calendar: ``parse(trimmed:)`` reads those (a test checks that it reads the
  /// same date wherever this finds one).
  static func commonForm(_ text: UnsafeBufferPointer<UInt8>) -> ProfileDate? {
    var words: [UnsafeBufferPointer<UInt8>] = []
    var start = 0
    for index in 0...text.count where index == text.count || text[index] == 0x20 {
      guard index > start, words.count < 4 else { return nil }
      words.append(text.slice(start, index))
      start = index + 1
    }
    if words.count == 4 {
      guard words[1].count == 2, words[1][0] | 0x20 == UInt8(ascii: "o"),
        words[1][1] | 0x20 == UInt8(ascii: "f")
      else { return nil }
      words.remove(at: 1)
    }
    guard words.count == 3 else { return nil }
    // The day: digits, then an ordinal suffix or nothing.
    var digits = words[0]
    if digits.count > 2 {
      let suffix = (digits[digits.count - 2] | 0x20, digits[digits.count - 1] | 0x20)
      guard
        [("s", "t"), ("n", "d"), ("r", "d"), ("t", "h")].contains(where: {
          suffix == (UInt8(ascii: $0.0), UInt8(ascii: $0.1))
        })
      else { return nil }
      digits = digits.slice(0, digits.count - 2)
    }
    guard (1...2).contains(digits.count), digits.allSatisfy({ $0 &- 0x30 < 10 }),
      words[2].count == 4, words[2].allSatisfy({ $0 &- 0x30 < 10 })
    else { return nil }
    let day = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    let year = words[2].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    let month = words[1]
    guard year >= 1000, month.count >= 3,
      let index = lowercaseMonthNames.indices.first(where: { index in
        let name = lowercaseMonthNames[index].utf8
        func spells(_ name: some Collection<UInt8>) -> Bool {
          month.count == name.count && zip(month, name).allSatisfy { $0.asciiLowercased == $1 }
        }
        return spells(name) || spells(name.prefix(3)) || (index == 8 && spells("sept".utf8))
      })
    else { return nil }
    return ProfileDate(year: year, month: index + 1, day: day)
  }

  private static func monthNumber(_ word: String) -> Int? {
    let lower = word.lowercased()
    guard lower.count >= 3 else { return nil }
    for (index, full) in lowercaseMonthNames.enumerated() {
      if lower == full || lower == shortMonthNames[index] || (lower == "sept" && index == 8) {
        return index + 1
      }
    }
    return nil
  }

  private static let lowercaseMonthNames = ProfileDate.monthNames.map { $0.lowercased() }
  private static let shortMonthNames = lowercaseMonthNames.map { String($0.prefix(3)) }

  private static func dayNumber(_ word: String) -> Int? {
    var digits = Substring(word.lowercased())
    for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
      digits = digits.dropLast(2)
      break
    }
    guard (1...2).contains(digits.count), let day = Int(digits) else { return nil }
    return day
  }
}
