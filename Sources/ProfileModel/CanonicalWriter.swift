/// Writes the canonical JSON bytes of a value by hand: keys in sorted order, no whitespace,
/// only `"`, `\` and control characters escaped, everything else as UTF-8.
///
/// Hashes identify readings for as long as the ledger lives, so their bytes must not depend
/// on how a Foundation release happens to format JSON; this writer fixes the form, and a
/// test checks it agrees with `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`).
public struct CanonicalWriter {
  public private(set) var bytes: [UInt8] = []

  /// How many bytes are written so far: where the next value starts.
  public var count: Int { bytes.count }

  public init(capacity: Int = 4096) {
    bytes.reserveCapacity(capacity)
  }

  public mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  public mutating func string(_ value: String) {
    CanonicalWriter.appendString(value, to: &bytes)
  }

  /// Appends `value` to `bytes` as a JSON string, escaped as the canonical form escapes it:
  /// `"`, `\` and control characters only. Other JSON writers share it.
  public static func appendString(_ value: String, to bytes: inout [UInt8]) {
    var value = value
    value.withUTF8 { appendString(utf8: $0, to: &bytes) }
  }

  /// Appends UTF-8 text as a JSON string, escaped as ``appendString(_:to:)`` escapes it,
  /// without going through `String`.
  public static func appendString(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    bytes.append(0x22)
    // Most text needs no escaping: copy it in one go.
    if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      bytes.append(contentsOf: utf8)
      bytes.append(0x22)
      return
    }
    for byte in utf8 {
      switch byte {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      case 0x08: bytes += [0x5C, 0x62]
      case 0x0C: bytes += [0x5C, 0x66]
      case 0x00..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      default: bytes.append(byte)
      }
    }
    bytes.append(0x22)
  }

  /// `"key":` — callers write keys in sorted order.
  public mutating func key(_ name: StaticString) {
    bytes.append(0x22)
    raw(name)
    raw("\":")
  }

  public mutating func array<T>(_ values: [T], _ element: (inout CanonicalWriter, T) -> Void) {
    bytes.append(0x5B)
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      element(&self, value)
    }
    bytes.append(0x5D)
  }
}

extension IndicatorReading {
  /// Writes this reading (already in NFC) canonically, as it stands inside a profile.
  /// Returns where its `items` array lies in the writer's bytes.
  @discardableResult
  public func writeCanonical(into w: inout CanonicalWriter) -> Range<Int> {
    w.raw("{")
    if let evidence {
      w.key("evidence")
      w.raw("{")
      if let review = evidence.review {
        w.key("review")
        w.string(review)
        w.raw(",")
      }
      w.key("rule")
      w.string(evidence.rule)
      w.raw(",")
      w.key("words")
      w.string(evidence.words)
      w.raw("},")
    }
    w.key("id")
    w.string(id)
    w.raw(",")
    w.key("items")
    let itemsStart = w.count
    w.array(items) { w, item in w.string(item) }
    let itemsRange = itemsStart..<w.count
    w.raw(",")
    w.key("status")
    w.string(status.rawValue)
    w.raw(",")
    w.key("text")
    w.string(text)
    w.raw("}")
    return itemsRange
  }
}

/// Where one indicator's reading lies within a profile's canonical JSON.
public struct CanonicalIndicatorRange: Hashable, Sendable {
  /// The reading's whole object: the bytes ``IndicatorReading/writeCanonical(into:)`` writes.
  public var object: Range<Int>
  /// Its `items` array.
  public var items: Range<Int>
}

extension Profile {
  /// Writes this profile (already in NFC) canonically, noting where each indicator lies.
  func writeCanonical(
    into w: inout CanonicalWriter, indicatorRanges: inout [CanonicalIndicatorRange]
  ) {
    w.raw("{")
    w.key("catalog")
    w.string(catalog)
    w.raw(",")
    w.key("country")
    w.raw("{")
    w.key("code")
    w.string(country.code)
    w.raw(",")
    w.key("name")
    w.string(country.name)
    w.raw("},")
    w.key("figures")
    w.array(figures) { w, figure in
      w.raw("{")
      w.key("id")
      w.string(figure.id)
      if let source = figure.source {
        w.raw(",")
        w.key("source")
        w.raw("{")
        w.key("name")
        w.string(source.name)
        w.raw(",")
        w.key("period")
        w.string(source.period)
        w.raw("}")
      }
      if let value = figure.value {
        w.raw(",")
        w.key("value")
        w.string(value)
      }
      w.raw("}")
    }
    w.raw(",")
    w.key("indicators")
    indicatorRanges.reserveCapacity(indicators.count)
    w.array(indicators) { w, reading in
      let start = w.count
      let items = reading.writeCanonical(into: &w)
      indicatorRanges.append(CanonicalIndicatorRange(object: start..<w.count, items: items))
    }
    w.raw(",")
    w.key("lastUpdated")
    w.string(lastUpdated.iso)
    w.raw("}")
  }
}
