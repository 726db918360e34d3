import Foundation
import Hummingbird
import LedgerModel
import ProfileModel

/// Reading the values a request names: countries, dates and ranges, each failing with the
/// ``ServerError`` that says what was wrong.
enum RequestValues {
  /// The country a path or parameter names: an ISO code, a printed name or a slug.
  static func country(_ name: String) throws -> CountryDirectory.Entry {
    guard let entry = CountryDirectory.standard.resolve(name) else {
      throw ServerError.unknownCountry(name)
    }
    return entry
  }

  /// A `yyyy-mm-dd` date.
  static func date(_ text: String, parameter: String) throws -> ProfileDate {
    guard let date = ProfileDate(iso: text) else {
      throw ServerError.badDate(parameter: parameter, value: text)
    }
    return date
  }
}

/// A request's query parameters, each read as the value it names or refused with the
/// ``ServerError`` that says why (400): a value outside those the parameter takes, or a
/// parameter that takes one value given twice. The API refuses a parameter given empty; a
/// page takes it as not given, since its forms send their empty fields (`?since=&until=`).
struct Query {
  /// The parameters in order, names and values percent-decoded, `+` read as a space.
  let parameters: [(name: String, value: String)]
  /// Whether a parameter given empty counts as not given (pages), or is refused (the API).
  let emptyIsAbsent: Bool

  init(_ request: Request, emptyIsAbsent: Bool) {
    self.init(query: request.uri.query ?? "", emptyIsAbsent: emptyIsAbsent)
  }

  /// The parameters of `query`, the part of a URL after `?`.
  init(query: String, emptyIsAbsent: Bool) {
    func decoded(_ text: Substring) -> String {
      RouteCall.decoded(text.replacingOccurrences(of: "+", with: " "))
    }
    parameters = query.split(separator: "&").map { pair in
      guard let equals = pair.firstIndex(of: "=") else { return (decoded(pair), "") }
      return (decoded(pair[..<equals]), decoded(pair[pair.index(after: equals)...]))
    }
    self.emptyIsAbsent = emptyIsAbsent
  }

  /// Every value given for `name`, in order; on a page, without the empty ones.
  func values(_ name: String) throws -> [String] {
    let values = parameters.filter { $0.name == name }.map(\.value)
    if emptyIsAbsent { return values.filter { !$0.isEmpty } }
    if values.contains("") { throw ServerError.emptyParameter(name) }
    return values
  }

  /// The value of `name`, a parameter that takes one; nil when not given.
  func value(_ name: String) throws -> String? {
    let values = try values(name)
    if values.count > 1 { throw ServerError.repeatedParameter(name, count: values.count) }
    return values.first
  }

  /// The parameter `name` as a `yyyy-mm-dd` date; nil when not given.
  func date(_ name: String) throws -> ProfileDate? {
    try value(name).map { try RequestValues.date($0, parameter: name) }
  }

  /// The `since` and `until` parameters, in order.
  func range() throws -> (since: ProfileDate?, until: ProfileDate?) {
    let since = try date("since")
    let until = try date("until")
    if let since, let until, since > until {
      throw ServerError.reversedRange(from: "since \(since.iso)", to: "until \(until.iso)")
    }
    return (since, until)
  }

  /// Every `country` parameter, as codes, sorted and without repeats.
  func countries() throws -> [String] {
    Array(Set(try values("country").map { try RequestValues.country($0).code })).sorted()
  }

  /// The `pillar` parameter: a catalog pillar's id, as the document lists them.
  func pillar() throws -> String? {
    guard let text = try value("pillar") else { return nil }
    let pillars = IndicatorCatalog.cyberwellness2015.pillars
    guard let pillar = pillars.first(where: { $0.id == text }) else {
      throw ServerError.badParameter(
        parameter: "pillar", value: text,
        expected: "a pillar (\(pillars.map(\.id).joined(separator: ", ")))")
    }
    return pillar.id
  }

  /// The parameter `name` as a switch: `1` or `true` is on, `0` or `false` (or no value) off.
  func flag(_ name: String) throws -> Bool {
    switch try value(name) {
    case nil, "0", "false": return false
    case "1", "true": return true
    case let text?:
      throw ServerError.badParameter(parameter: name, value: text, expected: "1, true, 0 or false")
    }
  }

  /// The `known-at` parameter: a UTC time, a date (its end) or an event number.
  func knownAt() throws -> KnownAt? {
    guard let text = try value("known-at") else { return nil }
    guard let known = KnownAt(parsing: text) else {
      throw ServerError.badParameter(
        parameter: "known-at", value: text,
        expected: "a UTC time (e.g. 2026-01-31T12:00:00Z), a date or an event number")
    }
    return known
  }
}
