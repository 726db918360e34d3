/// A calendar day, as printed on a profile ("Last updated on 2 March 2015").
///
/// Stored and encoded as ISO 8601 `yyyy-mm-dd` so that string order is date order.
public struct ProfileDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// English month names, as printed in the documents.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Creates a date, or returns `nil` when the day does not exist (31 February).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= ProfileDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads `yyyy-mm-dd`.
  public init?(iso: some StringProtocol) {
    // Through the bytes in place where the text has them (a native string does): the store
    // reads a date from every row it lists, and a loop over a generic view, not specialised
    // across modules, costs several times as much.
    guard
      let fields = iso.utf8.withContiguousStorageIfAvailable(ProfileDate.isoFields)
        ?? ProfileDate.isoFields(Array(iso.utf8))
    else { return nil }
    self.init(year: fields.year, month: fields.month, day: fields.day)
  }

  /// The fields of `yyyy-mm-dd`, digit by digit, without allocating; nil for anything else.
  private static func isoFields(_ bytes: some Collection<UInt8>) -> (
    year: Int, month: Int, day: Int
  )? {
    guard bytes.count == 10 else { return nil }
    var fields = (year: 0, month: 0, day: 0)
    for (index, byte) in bytes.enumerated() {
      switch index {
      case 4, 7:
        guard byte == UInt8(ascii: "-") else { return nil }
      default:
        guard (0x30...0x39).contains(byte) else { return nil }
        let digit = Int(byte - 0x30)
        switch index {
        case 0..<4: fields.year = fields.year * 10 + digit
        case 5..<7: fields.month = fields.month * 10 + digit
        default: fields.day = fields.day * 10 + digit
        }
      }
    }
    return fields
  }

  /// A placeholder for a date column that does not read (never written by the store).
  public static let invalid = ProfileDate(year: 1, month: 1, day: 1)!

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// `2015-03-02`.
  public var iso: String {
    // Ten bytes written in place (a string that short needs no allocation): pages and
    // reports print thousands of dates. Every field is in range (see the initializers).
    String(unsafeUninitializedCapacity: 10) { buffer in
      func digits(_ value: Int, _ width: Int, at start: Int) {
        var value = value
        for position in (start..<start + width).reversed() {
          buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      digits(year, 4, at: 0)
      buffer[4] = UInt8(ascii: "-")
      digits(month, 2, at: 5)
      buffer[7] = UInt8(ascii: "-")
      digits(day, 2, at: 8)
      return 10
    }
  }

  /// `2 March 2015`, the way the documents print it.
  public var long: String { "\(day) \(ProfileDate.monthNames[month - 1]) \(year)" }

  public var description: String { iso }

  public static func < (a: ProfileDate, b: ProfileDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

extension ProfileDate {
  /// Why `text`, written as `yyyy-mm-dd`, names no day ("February 2015 has 28 days", "there
  /// is no month 13 (months are 01–12)"); `nil` when it is not written so, or is a day. What
  /// the command and the API say of such a date.
  public static func calendarProblem(_ text: String) -> String? {
    guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/),
      let year = Int(match.1), let month = Int(match.2), let day = Int(match.3)
    else { return nil }
    if year < 1 { return "there is no year 0" }
    if !(1...12).contains(month) { return "there is no month \(match.2) (months are 01–12)" }
    if day < 1 { return "days start at 01" }
    let days = daysIn(month: month, year: year)
    if day > days { return "\(monthNames[month - 1]) \(year) has \(days) days" }
    return nil
  }
}

extension ProfileDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = ProfileDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a yyyy-mm-dd date")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
