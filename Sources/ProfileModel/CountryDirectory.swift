import Foundation

/// Maps the country names printed on profiles to ISO 3166-1 alpha-3 codes.
///
/// Names are compared folded: case, accents, curly apostrophes, `().,` and runs of spaces are
/// ignored, so "CÔTE D’IVOIRE", "Cote d'Ivoire" and "COTE D'IVOIRE" all resolve to `CIV`.
/// The table is `Schema/countries.json`, embedded in the binary.
public struct CountryDirectory: Sendable {
  /// One country: its code, the name ITU prints, and other names it goes by.
  public struct Entry: Hashable, Codable, Sendable {
    public var code: String
    public var name: String
    public var aliases: [String]

    /// A lower-case ASCII slug of the name, for paths and URLs: `korea-rep-of`.
    public var slug: String { CountryDirectory.slug(name) }
  }

  private struct File: Codable {
    var version: Int
    var countries: [Entry]
  }

  public let entries: [Entry]
  private let indexByKey: [String: Int]
  private let indexByCode: [String: Int]

  public init(entries: [Entry]) {
    self.entries = entries
    var byKey: [String: Int] = [:]
    var byCode: [String: Int] = [:]
    for (index, entry) in entries.enumerated() {
      byCode[entry.code] = index
      for name in [entry.name] + entry.aliases {
        let key = CountryDirectory.fold(name)
        if byKey[key] == nil { byKey[key] = index }
      }
      let slugKey = CountryDirectory.fold(entry.slug.replacingOccurrences(of: "-", with: " "))
      if byKey[slugKey] == nil { byKey[slugKey] = index }
    }
    indexByKey = byKey
    indexByCode = byCode
  }

  /// The embedded table from `Schema/countries.json`.
  public static let standard: CountryDirectory = CountryDirectory(
    entries: EmbeddedSchema.decode(File.self, file: "countries.json").countries)

  /// The country a printed name, code or slug denotes, if any.
  public func resolve(_ name: some StringProtocol) -> Entry? { resolve(String(name)) }

  /// ``resolve(_:)-(StringProtocol)`` for a `String`: compiled for it, which makes reading
  /// a document's country several times cheaper than going through the generic form.
  public func resolve(_ name: String) -> Entry? {
    let key = CountryDirectory.fold(name)
    if key.utf8.count == 3, let index = indexByCode[key] {
      return entries[index]
    }
    if let index = indexByKey[key] { return entries[index] }
    if key.hasPrefix("THE "), let index = indexByKey[String(key.dropFirst(4))] {
      return entries[index]
    }
    return nil
  }

  /// The country with ISO code `code`.
  public func entry(code: String) -> Entry? {
    indexByCode[code.uppercased()].map { entries[$0] }
  }

  /// Up to `limit` countries whose names are nearest to `name`, nearest first.
  public func suggestions(for name: String, limit: Int = 3) -> [Entry] {
    let key = Array(CountryDirectory.fold(name))
    var scored: [(distance: Int, index: Int)] = []
    for (index, entry) in entries.enumerated() {
      let best =
        ([entry.name] + entry.aliases).map {
          CountryDirectory.editDistance(key, Array(CountryDirectory.fold($0)))
        }.min() ?? Int.max
      scored.append((best, index))
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    return scored.prefix(limit).map { entries[$0.index] }
  }

  /// The comparison key of a name: upper case, no accents, `’` as `'`, no `().,`, single
  /// spaces.
  public static func fold(_ name: some StringProtocol) -> String {
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(name) }
    let plain = String(name).folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: nil
    ).uppercased()
    var out = ""
    out.reserveCapacity(plain.utf8.count)
    var pendingSpace = false
    for scalar in plain.unicodeScalars {
      switch scalar {
      case "(", ")", ".", ",":
        pendingSpace = true
      case "\u{2019}", "\u{2018}", "`":
        out.unicodeScalars.append("'")
      case _ where scalar.properties.isWhitespace || scalar == "-" || scalar == "\u{2013}":
        pendingSpace = true
      default:
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// ``fold(_:)`` for ASCII text, byte by byte.
  private static func foldASCII(_ name: some StringProtocol) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(name.utf8.count)
    var pendingSpace = false
    for byte in name.utf8 {
      switch byte {
      case 0x28, 0x29, 0x2E, 0x2C, 0x2D, 0x20, 0x09, 0x0A, 0x0D:  // ( ) . , - and whitespace
        pendingSpace = true
      default:
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(byte == 0x60 ? 0x27 : (0x61...0x7A).contains(byte) ? byte - 32 : byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `Korea (Rep. of)` → `korea-rep-of`; `Côte d'Ivoire` → `cote-d-ivoire`.
  public static func slug(_ name: String) -> String {
    let plain = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .lowercased()
    var out = ""
    for scalar in plain.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty, !out.hasSuffix("-") {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }

  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
