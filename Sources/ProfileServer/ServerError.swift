import HTTPTypes
import ProfileModel

/// Why a request got no page: each case carries what the request named, and says what was
/// wrong in words a reader can act on.
public enum ServerError: Error, Hashable, Sendable {
  /// No route matches the path.
  case noSuchPage(path: String)
  /// A route matches the path, but does not take the method (only those `allowed`).
  case methodNotAllowed(method: String, path: String, allowed: [String])
  /// The path or a parameter names no country the directory knows.
  case unknownCountry(String)
  /// The country is known but the store holds nothing that answers.
  case notRecorded(country: String, detail: String)
  /// No event with this sequence number holds a document.
  case noSuchEvent(Int)
  /// A date (in the path or the query) is not `yyyy-mm-dd`.
  case badDate(parameter: String, value: String)
  /// A parameter has a value outside those it takes.
  case badParameter(parameter: String, value: String, expected: String)
  /// The API was given a parameter with no value.
  case emptyParameter(String)
  /// A parameter that takes one value was given several.
  case repeatedParameter(String, count: Int)
  /// A range whose start is after its end.
  case reversedRange(from: String, to: String)
  /// A range that holds more than one response may carry.
  case rangeTooLarge(revisions: Int, limit: Int)

  /// The status the error is answered with: 404 for what is not there, 405 for a method a
  /// path does not take, 400 for a request that cannot be answered as asked.
  public var status: HTTPResponse.Status {
    switch self {
    case .noSuchPage, .unknownCountry, .notRecorded, .noSuchEvent: .notFound
    case .methodNotAllowed: .methodNotAllowed
    case .badDate, .badParameter, .emptyParameter, .repeatedParameter, .reversedRange,
      .rangeTooLarge:
      .badRequest
    }
  }

  /// What was wrong, in one sentence.
  public var message: String {
    switch self {
    case .noSuchPage(let path): "no page at \(path)"
    case .methodNotAllowed(let method, let path, let allowed):
      "\(path) does not take \(method): it takes \(allowed.joined(separator: " and "))"
    case .unknownCountry(let name): "unknown country '\(name)'"
    case .notRecorded(let country, let detail): "\(country): \(detail)"
    case .noSuchEvent(let seq): "no event #\(seq) with a document in the store"
    case .badDate(let parameter, let value):
      ProfileDate.calendarProblem(value).map {
        "\(parameter) '\(value)' is not a valid date: \($0)"
      } ?? "\(parameter) '\(value)' is not a date (expected yyyy-mm-dd)"
    case .badParameter(let parameter, let value, let expected):
      "\(parameter) '\(value)' is not \(expected)"
    case .emptyParameter(let parameter):
      "\(parameter) is given no value: give one, or leave the parameter out"
    case .repeatedParameter(let parameter, let count):
      "\(parameter) is given \(count) times: it takes one value"
    case .reversedRange(let from, let to): "the range is reversed: \(from) is after \(to)"
    case .rangeTooLarge(let revisions, let limit):
      "the range holds \(Format.count(revisions, "revision")), more than the \(limit) one response carries: "
        + "narrow it with since, until or country"
    }
  }
}
