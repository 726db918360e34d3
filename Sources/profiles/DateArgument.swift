import ArgumentParser
import ProfileModel

/// Reads a DATE argument, `yyyy-mm-dd`. The error tells a text that is not written as a date
/// ("--as-of 'March 2015' is not a date (expected yyyy-mm-dd)") from one written as a date
/// that does not exist ("--as-of '2015-02-30' is not a valid date: February 2015 has 28
/// days").
func parseDate(_ argument: String, option: String) throws -> ProfileDate {
  if let date = ProfileDate(iso: argument) { return date }
  if let problem = DateArgument.problem(argument) {
    throw ValidationError("\(option) '\(argument)' is not a valid date: \(problem)")
  }
  throw ValidationError("\(option) '\(argument)' is not a date (expected yyyy-mm-dd)")
}

/// Why a text written as `yyyy-mm-dd` names no day.
enum DateArgument {
  /// What is wrong with `argument`, a text of the form `dddd-dd-dd`, as a calendar date
  /// ("February 2015 has 28 days", "there is no month 13"); `nil` when it does not have
  /// that form, or is a date.
  static func problem(_ argument: String) -> String? {
    guard let match = argument.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/),
      let year = Int(match.1), let month = Int(match.2), let day = Int(match.3)
    else { return nil }
    if year < 1 { return "there is no year 0" }
    if !(1...12).contains(month) { return "there is no month \(match.2) (months are 01–12)" }
    if day < 1 { return "days start at 01" }
    let days = ProfileDate.daysIn(month: month, year: year)
    if day > days { return "\(ProfileDate.monthNames[month - 1]) \(year) has \(days) days" }
    return nil
  }
}
