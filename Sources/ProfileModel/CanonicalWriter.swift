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

  /// `"value"`, escaped.
  public mutating func string(_ value: String) {
    CanonicalWriter.appendString(value, to: &bytes)
    afterMember = true
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

  /// Whether the object being written has a member already: the next key needs a comma.
  private var afterMember = false

  /// `{`: members follow, written with ``field(_:_:)`` or ``key(_:)`` and a value.
  public mutating func beginObject() {
    bytes.append(0x7B)
    afterMember = false
  }

  /// `}`: the object is a value, complete.
  public mutating func endObject() {
    bytes.append(0x7D)
    afterMember = true
  }

  /// `"key":`, after a comma where a member came before — callers write keys in sorted order.
  public mutating func key(_ name: StaticString) {
    if afterMember { bytes.append(0x2C) }
    bytes.append(0x22)
    raw(name)
    raw("\":")
    afterMember = false
  }

  /// `"key":"value"`.
  public mutating func field(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  /// `[…]`, each element written by `element`.
  public mutating func array<T>(_ values: [T], _ element: (inout CanonicalWriter, T) -> Void) {
    bytes.append(0x5B)
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      element(&self, value)
    }
    bytes.append(0x5D)
    afterMember = true
  }
}

extension IndicatorReading {
  /// Writes this reading (already in NFC) canonically, as it stands inside a profile.
  /// Returns where its `items` array lies in the writer's bytes.
  @discardableResult
  public func writeCanonical(into w: inout CanonicalWriter) -> Range<Int> {
    w.beginObject()
    if let evidence {
      w.key("evidence")
      w.beginObject()
      if let review = evidence.review { w.field("review", review) }
      w.field("rule", evidence.rule)
      w.field("words", evidence.words)
      w.endObject()
    }
    w.field("id", id)
    w.key("items")
    let itemsStart = w.count
    w.array(items) { w, item in w.string(item) }
    let itemsRange = itemsStart..<w.count
    w.field("status", status.rawValue)
    w.field("text", text)
    w.endObject()
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
    w.beginObject()
    w.field("catalog", catalog)
    w.key("country")
    w.beginObject()
    w.field("code", country.code)
    w.field("name", country.name)
    w.endObject()
    w.key("figures")
    w.array(figures) { w, figure in
      w.beginObject()
      w.field("id", figure.id)
      if let source = figure.source {
        w.key("source")
        w.beginObject()
        w.field("name", source.name)
        w.field("period", source.period)
        w.endObject()
      }
      if let value = figure.value { w.field("value", value) }
      w.endObject()
    }
    w.key("indicators")
    indicatorRanges.reserveCapacity(indicators.count)
    w.array(indicators) { w, reading in
      let start = w.count
      let items = reading.writeCanonical(into: &w)
      indicatorRanges.append(CanonicalIndicatorRange(object: start..<w.count, items: items))
    }
    w.field("lastUpdated", lastUpdated.iso)
    w.endObject()
  }
}
