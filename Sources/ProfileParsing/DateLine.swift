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
