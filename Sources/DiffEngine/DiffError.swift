import ProfileModel

/// Why a diff cannot be applied to a profile: the profile is not the diff's `from` side.
public enum DiffError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The profile is of another catalog, country (code or printed name) or date.
  case revisionMismatch(expected: ProfileDiff.Side, found: ProfileDiff.Side)
  /// An indicator the diff changes does not read as the diff's `from` side.
  case indicatorMismatch(
    country: String, indicator: String, expected: IndicatorReading?, found: IndicatorReading?)
  /// A figure the diff changes does not read as the diff's `from` side.
  case figureMismatch(
    country: String, figure: String, expected: FigureReading?, found: FigureReading?)
  /// The profile's indicator or figure ids are not the sequence the diff was made from.
  case orderMismatch(country: String, expected: [String], found: [String])

  public var description: String {
    switch self {
    case .revisionMismatch(let expected, let found):
      "the diff applies to \(expected.country.code) \(expected.lastUpdated) "
        + "(\(expected.country.name), \(expected.catalog)), not to \(found.country.code) "
        + "\(found.lastUpdated) (\(found.country.name), \(found.catalog))"
    case .indicatorMismatch(let country, let indicator, let expected, let found):
      "\(country) indicator \(indicator) reads \(found?.status.rawValue ?? "nothing")"
        + "\(found == nil ? "" : " with other items or text"), not as the diff's "
        + "\(expected?.status.rawValue ?? "no reading")"
    case .figureMismatch(let country, let figure, let expected, let found):
      "\(country) figure \(figure) is \(found?.value ?? "absent") "
        + "(\(found?.source?.name ?? "no source")), not \(expected?.value ?? "absent") "
        + "(\(expected?.source?.name ?? "no source"))"
    case .orderMismatch(let country, let expected, let found):
      "\(country) lists \(found.joined(separator: ", ")), not \(expected.joined(separator: ", "))"
    }
  }
}
