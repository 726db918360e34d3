import ArgumentParser
import ProfileModel

/// Reads a DATE argument, `yyyy-mm-dd`. The error tells a text that is not written as a date
/// ("--as-of 'March 2015' is not a date (expected yyyy-mm-dd)") from one written as a date
/// that does not exist ("--as-of '2015-02-30' is not a valid date: February 2015 has 28
/// days").
func parseDate(_ argument: String, option: String) throws -> ProfileDate {
  if let date = ProfileDate(iso: argument) { return date }
  if let problem = ProfileDate.calendarProblem(argument) {
    throw ValidationError("\(option) '\(argument)' is not a valid date: \(problem)")
  }
  throw ValidationError("\(option) '\(argument)' is not a date (expected yyyy-mm-dd)")
}
