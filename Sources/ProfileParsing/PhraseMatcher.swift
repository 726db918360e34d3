/// Finds many phrases in a text in one pass (Aho–Corasick over bytes).
///
/// The catalog's status and capture phrases are compiled once; each section's text is then
/// scanned once, whatever the number of phrases. Matching is ASCII case-insensitive and
/// respects word boundaries: a phrase matches only where it is not part of a longer word,
/// except that a trailing `*` lets the last word go on (`draft*` matches "drafted").
struct PhraseMatcher: Sendable {
  struct Match: Hashable, Sendable {
    /// The index of the phrase in the list the matcher was built from.
    var phrase: Int
    /// Byte offsets of the match in the scanned text.
    var start: Int
    var end: Int
  }

  private let classOfByte: [UInt8]
  /// The number of byte classes, rounded up to a power of two: `1 << classShift`.
  private let classShift: Int
  /// `transitions[state << classShift + class]`: the next state, failures resolved;
  /// complemented when phrases end there. Sixteen bits keep the table small enough for the
  /// processor's caches, which the scan's speed rests on.
  private let transitions: [Int16]
  /// Phrases that end at each state (including those reached through failure links):
  /// `outputList[outputStart[state]..<outputStart[state + 1]]`.
  private let outputStart: [Int32]
  private let outputList: [Int32]
  private let lengths: [Int]
  private let openEnded: [Bool]

  init(phrases: [String]) {
    var patterns: [[UInt8]] = []
    var openEnded: [Bool] = []
    for phrase in phrases {
      var bytes = Array(phrase.lowercased().utf8)
      let open = bytes.last == UInt8(ascii: "*")
      if open { bytes.removeLast() }
      patterns.append(bytes)
      openEnded.append(open)
    }
    // Each byte that occurs in a phrase gets its own class; every other byte is class 0.
    var classOfByte = [UInt8](repeating: 0, count: 256)
    var classCount = 1
    for pattern in patterns {
      for byte in pattern where classOfByte[Int(byte)] == 0 {
        classOfByte[Int(byte)] = UInt8(classCount)
        classCount += 1
      }
    }
    // Upper-case ASCII letters share their lower-case class.
    for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") {
      classOfByte[Int(upper)] = classOfByte[Int(upper + 32)]
    }
    var classShift = 0
    while 1 << classShift < classCount { classShift += 1 }
    classCount = 1 << classShift

    var goto: [[Int32]] = [[Int32](repeating: -1, count: classCount)]
    var outputs: [[Int]] = [[]]
    for (index, pattern) in patterns.enumerated() {
      var state = 0
      for byte in pattern {
        let cls = Int(classOfByte[Int(byte)])
        if goto[state][cls] < 0 {
          goto[state][cls] = Int32(goto.count)
          goto.append([Int32](repeating: -1, count: classCount))
          outputs.append([])
        }
        state = Int(goto[state][cls])
      }
      outputs[state].append(index)
    }
    // Breadth-first: failure links, then a full transition table.
    var failure = [Int](repeating: 0, count: goto.count)
    var table = [Int32](repeating: 0, count: goto.count * classCount)
    var queue: [Int] = []
    for cls in 0..<classCount {
      let next = goto[0][cls]
      if next >= 0 {
        table[cls] = next
        failure[Int(next)] = 0
        queue.append(Int(next))
      }
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      outputs[state] += outputs[failure[state]]
      for cls in 0..<classCount {
        let next = goto[state][cls]
        if next >= 0 {
          failure[Int(next)] = Int(table[failure[state] * classCount + cls])
          table[state * classCount + cls] = next
          queue.append(Int(next))
        } else {
          table[state * classCount + cls] = table[failure[state] * classCount + cls]
        }
      }
    }
    precondition(goto.count <= Int(Int16.max), "too many phrases for one matcher")
    self.classOfByte = classOfByte
    self.classShift = classShift
    // A transition into a state where phrases end is stored complemented (negative), so the
    // scan tests one sign instead of looking up the output list at every byte.
    self.transitions = table.map {
      outputs[Int($0)].isEmpty ? Int16($0) : ~Int16($0)
    }
    var start: [Int32] = [0]
    var list: [Int32] = []
    for phrases in outputs {
      list += phrases.map { Int32($0) }
      start.append(Int32(list.count))
    }
    self.outputStart = start
    self.outputList = list
    self.lengths = patterns.map(\.count)
    self.openEnded = openEnded
  }

  /// Every whole-word occurrence of every phrase in `text`, in order of their end.
  func matches(in text: String) -> [Match] {
    text.withUTF8Bytes { matches(in: $0) }
  }

  /// Every whole-word occurrence of every phrase in the UTF-8 `bytes`, in order of their end.
  func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
    var result: [Match] = []  // most texts match nothing: nothing is allocated then
    matches(in: bytes, into: &result)
    return result
  }

  /// Appends every whole-word occurrence of every phrase in the UTF-8 `bytes` to `result`, in
  /// order of their end: a reader of many texts keeps one buffer for all.
  func matches(in bytes: UnsafeBufferPointer<UInt8>, into result: inout [Match]) {
    transitions.withUnsafeBufferPointer { table in
      classOfByte.withUnsafeBufferPointer { classes in
        outputStart.withUnsafeBufferPointer { starts in
          let shift = classShift
          var state = 0
          var offset = 0
          let count = bytes.count
          while offset < count {
            let next = table[state &<< shift &+ Int(classes[Int(bytes[offset])])]
            offset &+= 1
            if next < 0 {  // a state where phrases end
              state = Int(~next)
              collect(
                Int(starts[state])..<Int(starts[state &+ 1]), end: offset, in: bytes,
                into: &result)
            } else {
              state = Int(next)
            }
          }
        }
      }
    }
  }

  /// Records the phrases ending at `end` that stand as whole words.
  private func collect(
    _ outputs: Range<Int>, end: Int, in bytes: UnsafeBufferPointer<UInt8>,
    into result: inout [Match]
  ) {
    for k in outputs {
      let phrase = Int(outputList[k])
      let start = end - lengths[phrase]
      if start > 0, PhraseMatcher.isWordByte(bytes[start - 1]),
        PhraseMatcher.isWordByte(bytes[start])
      {
        continue
      }
      if !openEnded[phrase], end < bytes.count, PhraseMatcher.isWordByte(bytes[end]),
        PhraseMatcher.isWordByte(bytes[end - 1])
      {
        continue
      }
      result.append(Match(phrase: phrase, start: start, end: end))
    }
  }

  /// Letters, digits and any byte of a non-ASCII character count as parts of words.
  static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
      true
    default:
      false
    }
  }
}
