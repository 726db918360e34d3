import ProfileModel

/// Writes indented JSON by hand, keys in the order written.
///
/// The changelog of a whole store holds tens of thousands of changes; `JSONEncoder` spends
/// most of its time in generic machinery, this writer appends bytes.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// For each open container: whether it has a member yet.
  private var hasMember: [Bool] = []
  /// Whether a key was just written, so that the value follows on the same line.
  private var afterKey = false

  init(capacity: Int = 1 << 16) {
    bytes.reserveCapacity(capacity)
  }

  var text: String { String(decoding: bytes, as: UTF8.self) + "\n" }

  /// Starts a value: the comma, line break and indentation it needs where it stands.
  private mutating func startValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard !hasMember.isEmpty else { return }
    if hasMember[hasMember.count - 1] { bytes.append(0x2C) }
    hasMember[hasMember.count - 1] = true
    newline()
  }

  private mutating func newline() {
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: 2 * hasMember.count))
  }

  mutating func key(_ name: String) {
    startValue()
    writeString(name)
    bytes.append(0x3A)
    bytes.append(0x20)
    afterKey = true
  }

  mutating func beginObject() { open(0x7B) }
  mutating func endObject() { close(0x7D) }
  mutating func beginArray() { open(0x5B) }
  mutating func endArray() { close(0x5D) }

  private mutating func open(_ bracket: UInt8) {
    startValue()
    bytes.append(bracket)
    hasMember.append(false)
  }

  private mutating func close(_ bracket: UInt8) {
    let had = hasMember.removeLast()
    if had { newline() }
    bytes.append(bracket)
  }

  mutating func string(_ value: String) {
    startValue()
    writeString(value)
  }

  mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  mutating func int(_ value: Int) {
    startValue()
    bytes.append(contentsOf: String(value).utf8)
  }

  mutating func double(_ value: Double) {
    startValue()
    // Integral values print without a fraction; others in Swift's shortest round-trip form.
    if value == value.rounded(), abs(value) < 1e15 {
      bytes.append(contentsOf: String(Int(value)).utf8)
    } else {
      bytes.append(contentsOf: "\(value)".utf8)
    }
  }

  mutating func bool(_ value: Bool) {
    startValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  mutating func null() {
    startValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// `[ "a", "b" ]` of strings.
  mutating func strings(_ values: [String]) {
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  private mutating func writeString(_ value: String) {
    CanonicalWriter.appendString(value, to: &bytes)
  }
}
