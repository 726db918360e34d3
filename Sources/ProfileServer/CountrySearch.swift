import ProfileModel

/// Finding countries by what a person types: the filter of the countries page, and the
/// countries a page for an unknown country suggests. Case, accents and punctuation do not
/// count (``CountryDirectory/fold(_:)``): `cote d ivoire` finds Côte d'Ivoire.
enum CountrySearch {
  /// What `text` is compared by: upper case, no accents, punctuation as single spaces.
  static func key(_ text: String) -> String { CountryDirectory.fold(text) }

  /// The code, the name and the other names of `entry`, folded.
  static func keys(of entry: CountryDirectory.Entry) -> [String] {
    folded[entry.code] ?? [entry.code] + ([entry.name] + entry.aliases).map(key)
  }

  /// The keys of every country of the directory, by code, folded once: the countries page
  /// filters and sorts by them on every request.
  private static let folded: [String: [String]] = Dictionary(
    CountryDirectory.standard.entries.map { entry in
      (entry.code, [entry.code] + ([entry.name] + entry.aliases).map(key))
    }
  ) { first, _ in first }

  /// What a list of countries is sorted by: the folded name of `code` (the code itself for a
  /// country the directory does not name).
  static func sortKey(_ code: String) -> String {
    folded[code]?[1] ?? key(CountryDirectory.standard.entry(code: code)?.name ?? code)
  }

  /// Whether `text` is part of the country `code`, its name or another of its names (of every
  /// country when `text` is empty).
  static func matches(_ code: String, _ text: String) -> Bool {
    matches(code, key: key(text))
  }

  /// ``matches(_:_:)`` with the text already folded (`wanted`).
  static func matches(_ code: String, key wanted: String) -> Bool {
    guard !wanted.isEmpty else { return true }
    let keys = CountryDirectory.standard.entry(code: code).map(keys(of:)) ?? [code]
    return keys.contains { contains($0, wanted) }
  }

  /// Whether `part` occurs in `key`, byte for byte: both are folded alike, so that this is
  /// what `String.contains` says, without Foundation's search for every country of a page.
  static func contains(_ key: String, _ part: String) -> Bool {
    var key = key
    var part = part
    return key.withUTF8 { key in
      part.withUTF8 { part in
        guard !part.isEmpty else { return true }
        guard part.count <= key.count else { return false }
        return (0...(key.count - part.count)).contains { start in
          (0..<part.count).allSatisfy { key[start + $0] == part[$0] }
        }
      }
    }
  }

  /// Up to `limit` of the countries `codes` nearest to `name`, nearest first: those whose
  /// code or a name starts with it (`bel`, `korea rep`), then those a few letters away from
  /// it (`Belise`, `BLX`: one edit in three letters). None when no country is that near.
  static func nearest(to name: String, among codes: [String], limit: Int = 5)
    -> [CountryDirectory.Entry]
  {
    let wanted = key(name)
    guard !wanted.isEmpty else { return [] }
    let characters = Array(wanted)
    let reach = max(1, characters.count / 3)
    let scored = codes.compactMap { code -> (distance: Int, entry: CountryDirectory.Entry)? in
      guard let entry = CountryDirectory.standard.entry(code: code) else { return nil }
      let keys = keys(of: entry)
      if characters.count >= 2, keys.contains(where: { $0.hasPrefix(wanted) }) {
        return (0, entry)
      }
      let distance = keys.map { CountryDirectory.editDistance(characters, Array($0)) }.min()!
      return distance <= reach ? (distance, entry) : nil
    }
    return scored.sorted { ($0.distance, key($0.entry.name)) < ($1.distance, key($1.entry.name)) }
      .prefix(limit).map(\.entry)
  }
}
