import LedgerModel
import ProfileModel

/// Writes indented JSON by hand, keys in the order written.
///
/// The changelog of a whole store holds tens of thousands of changes; `JSONEncoder` spends
/// most of its time in generic machinery, this writer appends bytes.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// How many containers are open.
  private var depth = 0
  /// Bit `n`: whether the open container at depth `n + 1` has a member yet.
  private var hasMember: UInt64 = 0
  /// Containers open around the first value written, in the document this piece joins.
  private let outerDepth: Int
  /// Whether a key was just written, so that the value follows on the same line.
  private var afterKey = false

  /// A writer for a whole document, or, with `depth`, for a value nested `depth` containers
  /// deep in a document written in pieces: its lines are indented to stand there.
  init(capacity: Int = 1 << 16, depth: Int = 0) {
    bytes.reserveCapacity(capacity)
    outerDepth = depth
  }

  var text: String {
    var json = self
    return String(decoding: json.finish(), as: UTF8.self)
  }

  /// The document's bytes, ended by a line break; the writer is done.
  mutating func finish() -> [UInt8] {
    bytes.append(0x0A)
    defer { bytes = [] }
    return bytes
  }

  /// Starts a value: the comma, line break and indentation it needs where it stands.
  private mutating func startValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    let bit: UInt64 = 1 << UInt64(depth - 1)
    if hasMember & bit != 0 { bytes.append(0x2C) }
    hasMember |= bit
    newline()
  }

  /// Two spaces for each of 64 levels, more than any report nests.
  private static let indentation = [UInt8](repeating: 0x20, count: 128)

  private mutating func newline() {
    bytes.append(0x0A)
    let width = min(2 * (outerDepth + depth), JSONWriter.indentation.count)
    bytes.append(contentsOf: JSONWriter.indentation[0..<width])
  }

  mutating func key(named name: String) {
    startValue()
    writeString(name)
    bytes.append(0x3A)
    bytes.append(0x20)
    afterKey = true
  }

  /// A key known when the program was written: copied, with no need to escape it.
  mutating func key(_ name: StaticString) {
    startValue()
    bytes.append(0x22)
    append(name)
    append("\": ")
    afterKey = true
  }

  /// A member of the object being written: `"name": value`.
  mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    string(value)
  }

  mutating func field(_ name: StaticString, _ value: Int) {
    key(name)
    int(value)
  }

  mutating func field(_ name: StaticString, _ value: Double) {
    key(name)
    double(value)
  }

  mutating func field(_ name: StaticString, _ value: Bool) {
    key(name)
    bool(value)
  }

  mutating func field(_ name: StaticString, _ values: [String]) {
    key(name)
    strings(values)
  }

  mutating func beginObject() { open(0x7B) }
  mutating func endObject() { close(0x7D) }
  mutating func beginArray() { open(0x5B) }
  mutating func endArray() { close(0x5D) }

  private mutating func open(_ bracket: UInt8) {
    startValue()
    bytes.append(bracket)
    precondition(depth < 64, "JSON nested more than 64 deep")
    depth += 1
    hasMember &= ~(1 << UInt64(depth - 1))
  }

  private mutating func close(_ bracket: UInt8) {
    let had = hasMember & (1 << UInt64(depth - 1)) != 0
    depth -= 1
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
    appendDigits(value)
  }

  /// `value` in decimal, with no string made for it.
  private mutating func appendDigits(_ value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      // The magnitude of Int.min does not fit an Int.
      guard value != .min else { return bytes.append(contentsOf: "9223372036854775808".utf8) }
      return appendDigits(-value)
    }
    if value < 10 { return bytes.append(0x30 + UInt8(value)) }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: Int.max has 19 digits
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while rest > 0 {
        buffer[23 - count] = 0x30 + UInt8(rest % 10)
        rest /= 10
        count += 1
      }
      bytes.append(contentsOf: buffer[(24 - count)...])
    }
  }

  /// Static ASCII text, as it is.
  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func double(_ value: Double) {
    startValue()
    // Integral values print without a fraction; others in Swift's shortest round-trip form.
    if value == value.rounded(), abs(value) < 1e15 {
      appendDigits(Int(value))
    } else {
      bytes.append(contentsOf: value.description.utf8)
    }
  }

  mutating func bool(_ value: Bool) {
    startValue()
    append(value ? "true" : "false")
  }

  mutating func null() {
    startValue()
    append("null")
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

extension JSONWriter {
  /// About the bytes a changelog's entries take as JSON, so that a writer rarely grows.
  static func estimate(_ entries: some Collection<Changelog.Entry>) -> Int {
    entries.reduce(512) { total, entry in
      var size = total + 640 + entry.figures.count * 400
      for change in entry.indicators {
        size += 600
        for run in change.words ?? [] { size += run.text.utf8.count + 60 }
      }
      return size
    }
  }
}

extension JSONWriter {
  /// `"review": {event, reviewer, note, recordedAt, machineStatus}`: the review a reviewed
  /// reading stands on, as the changelog and progress reports give it.
  mutating func review(_ mark: ReviewMark) {
    key("review")
    beginObject()
    field("event", mark.event)
    field("reviewer", mark.reviewer)
    field("note", mark.note)
    field("recordedAt", mark.recordedAt)
    field("machineStatus", mark.machineStatus.rawValue)
    endObject()
  }
}
