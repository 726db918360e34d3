import ProfileModel

/// The site's addresses, built in one place so that every view links to the others the same
/// way. Dated addresses are permalinks: they name the revisions by effective date, so they
/// show the same thing however the store grows.
enum Paths {
  static func country(_ code: String) -> String { "/countries/\(code)" }

  static func profile(_ code: String, _ date: ProfileDate) -> String {
    "/countries/\(code)/profile/\(date.iso)"
  }

  static func diff(_ code: String, from: ProfileDate, to: ProfileDate) -> String {
    "/countries/\(code)/diff/\(from.iso)/\(to.iso)"
  }

  static func blame(_ code: String, _ date: ProfileDate? = nil) -> String {
    "/countries/\(code)/blame" + (date.map { "/\($0.iso)" } ?? "")
  }

  static func source(_ code: String, _ date: ProfileDate) -> String {
    "/countries/\(code)/source/\(date.iso)"
  }

  static func eventSource(_ seq: Int) -> String { "/events/\(seq)/source" }

  static func countryProgress(_ code: String, since: ProfileDate? = nil, until: ProfileDate? = nil)
    -> String
  {
    "/countries/\(code)/progress" + query([("since", since?.iso), ("until", until?.iso)])
  }

  static func changelog(
    since: ProfileDate?, until: ProfileDate?, countries: [String] = [], feed: Bool = false
  ) -> String {
    (feed ? "/changelog.atom" : "/changelog")
      + query([("since", since?.iso), ("until", until?.iso)] + countries.map { ("country", $0) })
  }

  static func progress(since: ProfileDate?, until: ProfileDate?, pillar: String? = nil) -> String {
    "/progress" + query([("since", since?.iso), ("until", until?.iso), ("pillar", pillar)])
  }

  static func reviews(countries: [String] = []) -> String {
    "/reviews" + query(countries.map { ("country", $0) })
  }

  /// `?a=1&b=2` of the pairs with a value (values here are codes, dates and ids: nothing to
  /// escape), or nothing.
  static func query(_ pairs: [(String, String?)]) -> String {
    let parts = pairs.compactMap { name, value in value.map { "\(name)=\($0)" } }
    return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
  }
}

extension ProfileDate {
  /// Days since 1970-01-01 (proleptic Gregorian).
  var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
  }

  /// The date of day number `days` since 1970-01-01.
  init?(dayNumber days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// The date `days` later (earlier when negative).
  func shifted(days: Int) -> ProfileDate {
    ProfileDate(dayNumber: dayNumber + days) ?? self
  }
}
