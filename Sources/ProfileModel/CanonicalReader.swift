import Foundation

/// Reads a profile back from its canonical JSON, by hand: the store decodes a reading for
/// every `show`, diff and report, and `JSONDecoder` spends most of that time in its generic
/// machinery.
///
/// It accepts any JSON of the profile's shape — keys in any order, whitespace, every string
/// escape — and throws on anything else, so that a caller can fall back to `JSONDecoder`
/// (which decodes the same values; a test holds the two to agreement).
public struct CanonicalReader {
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var offset: Int
    public var expected: String
    public var description: String { "canonical JSON: expected \(expected) at byte \(offset)" }
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The profile whose canonical JSON (or any JSON of the same shape) is `json`.
  public static func profile(from json: [UInt8]) throws -> Profile {
    try json.withUnsafeBufferPointer { buffer in
      var reader = CanonicalReader(buffer)
      let profile = try reader.profile()
      reader.skipSpace()
      guard reader.position == buffer.count else { throw reader.failure("end of input") }
      return profile
    }
  }

  /// The strings of a JSON array of strings, such as an indicator's stored `items`.
  public static func strings(from json: [UInt8]) throws -> [String] {
    try json.withUnsafeBufferPointer { buffer in
      var reader = CanonicalReader(buffer)
      reader.skipSpace()
      let strings = try reader.array { try $0.string() }
      reader.skipSpace()
      guard reader.position == buffer.count else { throw reader.failure("end of input") }
      return strings
    }
  }

  // MARK: The profile's shape

  private mutating func profile() throws -> Profile {
    var catalog: String?
    var country: Country?
    var figures: [FigureReading] = []
    var indicators: [IndicatorReading] = []
    var lastUpdated: ProfileDate?
    try object { reader, key in
      switch key {
      case "catalog": catalog = try reader.string()
      case "country": country = try reader.country()
      case "figures": figures = try reader.array { try $0.figure() }
      case "indicators": indicators = try reader.array { try $0.indicator() }
      case "lastUpdated":
        let start = reader.position
        guard let date = ProfileDate(iso: try reader.string()) else {
          throw CanonicalReader.Failure(offset: start, expected: "a yyyy-mm-dd date")
        }
        lastUpdated = date
      default: throw reader.failure("a profile key")
      }
    }
    guard let catalog, let country, let lastUpdated else { throw failure("a complete profile") }
    return Profile(
      catalog: catalog, country: country, lastUpdated: lastUpdated, figures: figures,
      indicators: indicators)
  }

  private mutating func country() throws -> Country {
    var code: String?
    var name: String?
    try object { reader, key in
      switch key {
      case "code": code = try reader.string()
      case "name": name = try reader.string()
      default: throw reader.failure("a country key")
      }
    }
    guard let code, let name else { throw failure("a country's code and name") }
    return Country(code: code, name: name)
  }

  private mutating func figure() throws -> FigureReading {
    var id: String?
    var value: String?
    var source: DataSource?
    try object { reader, key in
      switch key {
      case "id": id = try reader.string()
      case "value": value = try reader.nullOr { try $0.string() }
      case "source":
        source = try reader.nullOr { reader in
          var name: String?
          var period: String?
          try reader.object { reader, key in
            switch key {
            case "name": name = try reader.string()
            case "period": period = try reader.string()
            default: throw reader.failure("a data source key")
            }
          }
          guard let name, let period else { throw reader.failure("a data source") }
          return DataSource(name: name, period: period)
        }
      default: throw reader.failure("a figure key")
      }
    }
    guard let id else { throw failure("a figure id") }
    return FigureReading(id: id, value: value, source: source)
  }

  private mutating func indicator() throws -> IndicatorReading {
    var id: String?
    var status: IndicatorStatus?
    var items: [String] = []
    var text: String?
    var evidence: StatusEvidence?
    try object { reader, key in
      switch key {
      case "evidence":
        var rule: String?
        var words: String?
        var review: String?
        try reader.object { reader, key in
          switch key {
          case "review": review = try reader.string()
          case "rule": rule = try reader.string()
          case "words": words = try reader.string()
          default: throw reader.failure("an evidence key")
          }
        }
        guard let rule, let words else { throw reader.failure("a complete evidence") }
        evidence = StatusEvidence(rule: rule, words: words, review: review)
      case "id": id = try reader.string()
      case "items": items = try reader.array { try $0.string() }
      case "status":
        let start = reader.position
        guard let value = IndicatorStatus(rawValue: try reader.string()) else {
          throw CanonicalReader.Failure(offset: start, expected: "an indicator status")
        }
        status = value
      case "text": text = try reader.string()
      default: throw reader.failure("an indicator key")
      }
    }
    guard let id, let status, let text else { throw failure("a complete indicator") }
    return IndicatorReading(id: id, status: status, items: items, text: text, evidence: evidence)
  }

  // MARK: JSON

  private func failure(_ expected: String) -> Failure {
    Failure(offset: position, expected: expected)
  }

  private mutating func skipSpace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  private mutating func expect(_ byte: UInt8, _ what: String) throws {
    skipSpace()
    guard position < bytes.count, bytes[position] == byte else { throw failure(what) }
    position += 1
  }

  /// Whether the next byte is `byte`, consumed if so.
  private mutating func take(_ byte: UInt8) -> Bool {
    skipSpace()
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  private mutating func object(_ member: (inout CanonicalReader, String) throws -> Void) throws {
    try expect(0x7B, "{")
    if take(0x7D) { return }
    repeat {
      let key = try string()
      try expect(0x3A, ":")
      try member(&self, key)
    } while take(0x2C)
    try expect(0x7D, "} or ,")
  }

  private mutating func array<T>(_ element: (inout CanonicalReader) throws -> T) throws -> [T] {
    try expect(0x5B, "[")
    var values: [T] = []
    if take(0x5D) { return values }
    repeat {
      values.append(try element(&self))
    } while take(0x2C)
    try expect(0x5D, "] or ,")
    return values
  }

  private mutating func nullOr<T>(_ value: (inout CanonicalReader) throws -> T) throws -> T? {
    skipSpace()
    if bytes.count - position >= 4, bytes[position] == 0x6E, bytes[position + 1] == 0x75,
      bytes[position + 2] == 0x6C, bytes[position + 3] == 0x6C
    {
      position += 4
      return nil
    }
    return try value(&self)
  }

  private mutating func string() throws -> String {
    try expect(0x22, "a string")
    let start = position
    // Most strings have no escapes: one scan, one copy.
    while position < bytes.count {
      let byte = bytes[position]
      if byte == 0x22 {
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        position += 1
        return text
      }
      if byte == 0x5C { break }
      if byte < 0x20 { throw failure("no control character in a string") }
      position += 1
    }
    var utf8 = Array(bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case 0x22:
        return String(decoding: utf8, as: UTF8.self)
      case 0x5C:
        guard position < bytes.count else { throw failure("an escape") }
        let escape = bytes[position]
        position += 1
        switch escape {
        case 0x22, 0x5C, 0x2F: utf8.append(escape)
        case 0x6E: utf8.append(0x0A)
        case 0x72: utf8.append(0x0D)
        case 0x74: utf8.append(0x09)
        case 0x62: utf8.append(0x08)
        case 0x66: utf8.append(0x0C)
        case 0x75:
          var scalar = try hex4()
          if (0xD800..<0xDC00).contains(scalar) {
            // A surrogate pair: the low half follows as another \u escape.
            guard bytes.count - position >= 6, bytes[position] == 0x5C, bytes[position + 1] == 0x75
            else { throw failure("a low surrogate") }
            position += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("a low surrogate") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let value = Unicode.Scalar(scalar) else { throw failure("a Unicode scalar") }
          utf8.append(contentsOf: String(Character(value)).utf8)
        default:
          throw failure("a valid escape")
        }
      case 0x00..<0x20:
        throw failure("no control character in a string")
      default:
        utf8.append(byte)
      }
    }
    throw failure("the end of a string")
  }

  private mutating func hex4() throws -> UInt32 {
    guard bytes.count - position >= 4 else { throw failure("four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: throw failure("a hex digit")
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }
}

extension Profile {
  /// Decodes a reading stored as JSON: by hand when it has the profile's shape, else with
  /// `JSONDecoder` (which throws if it is not a profile at all).
  public static func decode(json: [UInt8]) throws -> Profile {
    if let profile = try? CanonicalReader.profile(from: json) { return profile }
    return try JSONDecoder().decode(Profile.self, from: Data(json))
  }
}
