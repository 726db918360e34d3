import Hummingbird
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

  /// The query parameter `name` as a date; `nil` when absent or empty.
  static func date(_ request: Request, _ name: String) throws -> ProfileDate? {
    guard let text = request.uri.queryParameters.get(name), !text.isEmpty else { return nil }
    return try date(text, parameter: name)
  }

  /// The `since` and `until` parameters, in order.
  static func range(_ request: Request) throws -> (since: ProfileDate?, until: ProfileDate?) {
    let since = try date(request, "since")
    let until = try date(request, "until")
    if let since, let until, since > until {
      throw ServerError.reversedRange(from: "since \(since.iso)", to: "until \(until.iso)")
    }
    return (since, until)
  }

  /// Every `country` parameter, as codes, sorted and without repeats.
  /// Whether the parameter `name` is `1` or `true`.
  static func flag(_ name: String, _ request: Request) -> Bool {
    guard let value = request.uri.queryParameters.get(name) else { return false }
    return value == "1" || value.lowercased() == "true"
  }

  static func countries(_ request: Request) throws -> [String] {
    let names = request.uri.queryParameters.getAll("country").filter { !$0.isEmpty }
    return Array(Set(try names.map { try country($0).code })).sorted()
  }

  /// The `pillar` parameter, as a catalog pillar id.
  static func pillar(_ request: Request) throws -> String? {
    guard let text = request.uri.queryParameters.get("pillar"), !text.isEmpty else { return nil }
    let pillars = IndicatorCatalog.cyberwellness2015.pillars
    let folded = text.lowercased().replacingOccurrences(of: " ", with: "-")
    guard let pillar = pillars.first(where: { $0.id == folded }) else {
      throw ServerError.badParameter(
        parameter: "pillar", value: text,
        expected: "a pillar (\(pillars.map(\.id).joined(separator: ", ")))")
    }
    return pillar.id
  }
}
