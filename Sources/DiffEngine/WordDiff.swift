/// Word-level diffs of indicator texts.
///
/// Texts are split into words at whitespace (spaces and line breaks alike), and words are
/// compared byte for byte, punctuation included ("CIRT." is not "CIRT"). A run keeps the
/// line breaks between its words (an equal run, those of the old text); other whitespace
/// reads as one space. The diff is a shortest edit script (Myers' O(ND) algorithm) between
/// the words left after the common prefix and suffix, presented as runs: between two equal
/// runs, the deleted words come before the inserted ones.
///
/// Where several shortest scripts exist, the one chosen must not depend on which text is
/// the old one, or `diff(b, a)` would not be `diff(a, b)` reversed. So the script is always
/// computed from the text that sorts first (by its UTF-8 bytes) to the other, and inverted
/// when that text is the new one.
public enum WordDiff {
  /// The runs that turn `old` into `new`; a single equal run when they hold the same words.
  ///
  /// ```swift
  /// WordDiff.runs(from: "a draft strategy", to: "an adopted strategy")
  /// // [deleted "a draft", inserted "an adopted", equal "strategy"]
  /// ```
  public static func runs(from old: String, to new: String) -> [WordRun] {
    let oldText = Text(old)
    let newText = Text(new)
    if oldText.bytes.lexicographicallyPrecedes(newText.bytes) {
      return script(oldText, newText)
    }
    return inverted(script(newText, oldText))
  }

  /// The runs of the inverse diff: inserted and deleted swapped, deletions first again.
  public static func inverted(_ runs: [WordRun]) -> [WordRun] {
    var result: [WordRun] = []
    result.reserveCapacity(runs.count)
    for run in runs {
      switch run.kind {
      case .equal: result.append(run)
      case .deleted: result.append(WordRun(.inserted, run.text))
      case .inserted:
        // The deletion it followed in the same gap is now an insertion: go before it.
        if let last = result.last, last.kind == .inserted {
          result.insert(WordRun(.deleted, run.text), at: result.count - 1)
        } else {
          result.append(WordRun(.deleted, run.text))
        }
      }
    }
    return result
  }

  /// A text's UTF-8 bytes and its words: runs of bytes between ASCII whitespace.
  struct Text {
    let bytes: [UInt8]
    let words: [Word]

    init(_ text: String) {
      bytes = Array(text.utf8)
      var words: [Word] = []
      words.reserveCapacity(bytes.count / 6 + 1)
      var start = -1
      var lineBreak = false
      var hash = Word.seed
      for (index, byte) in bytes.enumerated() {
        switch byte {
        case 0x20, 0x09, 0x0C, 0x0A, 0x0D:
          if start >= 0 {
            words.append(Word(start: start, end: index, hash: hash, lineBreakBefore: lineBreak))
            start = -1
            lineBreak = false
            hash = Word.seed
          }
          if byte == 0x0A || byte == 0x0D { lineBreak = true }
        default:
          if start < 0 { start = index }
          hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
      }
      if start >= 0 {
        words.append(Word(start: start, end: bytes.count, hash: hash, lineBreakBefore: lineBreak))
      }
      self.words = words
    }

    /// Whether word `i` of this text has the bytes of word `j` of `other`.
    func word(_ i: Int, equals j: Int, of other: Text) -> Bool {
      let a = words[i]
      let b = other.words[j]
      guard a.hash == b.hash, a.end - a.start == b.end - b.start else { return false }
      return bytes[a.start..<a.end].elementsEqual(other.bytes[b.start..<b.end])
    }
  }

  /// The shortest edit script from `a` to `b`, as runs.
  private static func script(_ a: Text, _ b: Text) -> [WordRun] {
    let n = a.words.count
    let m = b.words.count
    var prefix = 0
    while prefix < n, prefix < m, a.word(prefix, equals: prefix, of: b) { prefix += 1 }
    var suffix = 0
    while suffix < n - prefix, suffix < m - prefix,
      a.word(n - 1 - suffix, equals: m - 1 - suffix, of: b)
    {
      suffix += 1
    }
    var builder = RunBuilder()
    builder.add(.equal, a, 0..<prefix)
    let middleA = prefix..<(n - suffix)
    let middleB = prefix..<(m - suffix)
    if middleA.isEmpty || middleB.isEmpty {
      builder.add(.deleted, a, middleA)
      builder.add(.inserted, b, middleB)
    } else {
      var i = middleA.lowerBound
      var j = middleB.lowerBound
      var deletions = i
      var insertions = j
      for step in editScript(a, middleA, b, middleB) {
        switch step {
        case .delete: i += 1
        case .insert: j += 1
        case .keep:
          // Each gap: what it deletes, then what it inserts.
          builder.add(.deleted, a, deletions..<i)
          builder.add(.inserted, b, insertions..<j)
          builder.add(.equal, a, i..<i + 1)
          i += 1
          j += 1
          deletions = i
          insertions = j
        }
      }
      builder.add(.deleted, a, deletions..<i)
      builder.add(.inserted, b, insertions..<j)
    }
    builder.add(.equal, a, (n - suffix)..<n)
    return builder.finish()
  }

  enum Step {
    case keep
    case delete
    case insert
  }

  /// Myers' greedy shortest edit script from `a` to `b`, in order.
  ///
  /// Keeps the furthest-reaching x of each diagonal for every round d, (d + 1) values per
  /// round, to walk back from the end: O((N + M)·D) time, O(D²) memory, small for the few
  /// words a revision changes.
  static func editScript(_ a: Text, _ rangeA: Range<Int>, _ b: Text, _ rangeB: Range<Int>)
    -> [Step]
  {
    let n = rangeA.count
    let m = rangeB.count
    let a0 = rangeA.lowerBound
    let b0 = rangeB.lowerBound
    // trace[d * (d + 1) / 2 + (k + d) / 2]: the furthest x on diagonal k after round d.
    var trace: [Int] = []
    var rounds = 0
    search: for d in 0...(n + m) {
      let base = d * (d + 1) / 2
      let previous = base - d
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if d == 0 {
          x = 0
        } else if k == -d
          || (k != d
            && trace[previous + (k - 1 + d - 1) / 2] < trace[previous + (k + 1 + d - 1) / 2])
        {
          x = trace[previous + (k + 1 + d - 1) / 2]  // down: insert b[y]
        } else {
          x = trace[previous + (k - 1 + d - 1) / 2] + 1  // right: delete a[x]
        }
        var y = x - k
        while x < n, y < m, a.word(a0 + x, equals: b0 + y, of: b) {
          x += 1
          y += 1
        }
        trace.append(x)
        if x >= n, y >= m {
          rounds = d
          break search
        }
      }
    }
    // Walk back from (n, m), one round at a time.
    var steps: [Step] = []
    steps.reserveCapacity(n + m)
    var x = n
    var y = m
    for d in stride(from: rounds, through: 1, by: -1) {
      let previous = d * (d + 1) / 2 - d
      let k = x - y
      let down =
        k == -d
        || (k != d && trace[previous + (k - 1 + d - 1) / 2] < trace[previous + (k + 1 + d - 1) / 2])
      let previousK = down ? k + 1 : k - 1
      let previousX = trace[previous + (previousK + d - 1) / 2]
      let previousY = previousX - previousK
      // The snake after this round's move, back to where the move ended.
      while x > previousX, y > previousY {
        steps.append(.keep)
        x -= 1
        y -= 1
      }
      steps.append(down ? .insert : .delete)
      x = previousX
      y = previousY
    }
    while x > 0, y > 0 {
      steps.append(.keep)
      x -= 1
      y -= 1
    }
    return steps.reversed()
  }
}

/// A word of a text: where its bytes lie, a hash of them, and whether a line break comes
/// before it. Words are equal when their bytes are: where the line breaks fall is layout,
/// not wording.
struct Word {
  var start: Int
  var end: Int
  var hash: UInt64
  var lineBreakBefore: Bool

  /// FNV-1a's offset basis.
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
}

/// Collects words into runs, joining consecutive words of the same kind.
private struct RunBuilder {
  var kinds: [WordRun.Kind] = []
  var texts: [[UInt8]] = []

  mutating func add(_ kind: WordRun.Kind, _ text: WordDiff.Text, _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    let first = text.words[range.lowerBound]
    var bytes: [UInt8]
    if kinds.last == kind {
      bytes = texts.removeLast()
      bytes.append(first.lineBreakBefore ? 0x0A : 0x20)
    } else {
      kinds.append(kind)
      bytes = []
    }
    bytes.append(contentsOf: text.bytes[first.start..<first.end])
    for index in range.dropFirst() {
      let word = text.words[index]
      bytes.append(word.lineBreakBefore ? 0x0A : 0x20)
      bytes.append(contentsOf: text.bytes[word.start..<word.end])
    }
    texts.append(bytes)
  }

  func finish() -> [WordRun] {
    zip(kinds, texts).map { WordRun($0, String(decoding: $1, as: UTF8.self)) }
  }
}
