import ProfileModel

extension ProfileDiff {
  /// The `to` side, rebuilt from the `from` side: `diff(a, b).apply(to: a) == b`.
  ///
  /// The profile must be the diff's `from` side wherever the diff looks: the same catalog,
  /// country and date, the same id sequences when the diff recorded them, and every changed
  /// indicator and figure reading exactly as the diff's `before`. Readings the diff does not
  /// change are carried over unchecked, as a patch carries its context.
  ///
  /// - Throws: ``DiffError`` naming the first thing that does not match.
  public func apply(to profile: Profile) throws(DiffError) -> Profile {
    guard Side(profile) == from else {
      throw .revisionMismatch(expected: from, found: Side(profile))
    }
    let country = from.country.code
    var result = profile
    result.catalog = to.catalog
    result.country = to.country
    result.lastUpdated = to.lastUpdated
    result.indicators = try Patch.apply(
      indicators.map { ($0.id, $0.before, $0.after) }, to: profile.indicators, id: \.id,
      order: indicatorOrder,
      orderMismatch: { DiffError.orderMismatch(country: country, expected: $0, found: $1) },
      mismatch: {
        DiffError.indicatorMismatch(country: country, indicator: $0, expected: $1, found: $2)
      })
    result.figures = try Patch.apply(
      figures.map { ($0.id, $0.before, $0.after) }, to: profile.figures, id: \.id,
      order: figureOrder,
      orderMismatch: { DiffError.orderMismatch(country: country, expected: $0, found: $1) },
      mismatch: {
        DiffError.figureMismatch(country: country, figure: $0, expected: $1, found: $2)
      })
    return result
  }
}

/// Replaces readings by id, checking each against what the diff expects.
private enum Patch {
  static func apply<Reading: Equatable>(
    _ changes: [(id: String, before: Reading?, after: Reading?)], to readings: [Reading],
    id: KeyPath<Reading, String>, order: ValueChange<[String]>?,
    orderMismatch: ([String], [String]) -> DiffError,
    mismatch: (String, Reading?, Reading?) -> DiffError
  ) throws(DiffError) -> [Reading] {
    guard let order else {
      // The same ids on both sides: replace in place.
      var result = readings
      for change in changes {
        let index = result.firstIndex { $0[keyPath: id] == change.id }
        guard let index, let after = change.after, result[index] == change.before else {
          throw mismatch(change.id, change.before, index.map { result[$0] })
        }
        result[index] = after
      }
      return result
    }
    let ids = readings.map { $0[keyPath: id] }
    guard ids == order.before else { throw orderMismatch(order.before, ids) }
    var byID = Dictionary(zip(ids, readings), uniquingKeysWith: { first, _ in first })
    for change in changes {
      guard byID[change.id] == change.before else {
        throw mismatch(change.id, change.before, byID[change.id])
      }
      byID[change.id] = change.after
    }
    var result: [Reading] = []
    result.reserveCapacity(order.after.count)
    for readingID in order.after {
      guard let reading = byID[readingID] else {
        throw mismatch(readingID, nil, nil)
      }
      result.append(reading)
    }
    return result
  }
}
