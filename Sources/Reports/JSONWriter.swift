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
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: [0x22, 0x3A, 0x20])
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
    if value >= 0, value < 10 {
      bytes.append(0x30 + UInt8(value))
    } else {
      bytes.append(contentsOf: String(value).utf8)
    }
  }

  mutating func double(_ value: Double) {
    startValue()
    // Integral values print without a fraction; others in Swift's shortest round-trip form.
    if value == value.rounded(), abs(value) < 1e15 {
      bytes.append(contentsOf: String(Int(value)).utf8)
    } else {
      bytes.append(contentsOf: value.description.utf8)
    }
  }

  mutating func bool(_ value: Bool) {
    startValue()
    if value {
      bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
    } else {
      bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
    }
  }

  mutating func null() {
    startValue()
    bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
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
