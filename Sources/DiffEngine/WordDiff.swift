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
    if old.utf8.lexicographicallyPrecedes(new.utf8) {
      return script(words(old), words(new))
    }
    return inverted(script(words(new), words(old)))
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

  /// The words of `text`: runs of characters between ASCII whitespace.
  static func words(_ text: String) -> [Word] {
    var words: [Word] = []
    let utf8 = text.utf8
    var start: String.Index?
    var lineBreak = false
    var hash = Word.seed
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let byte = utf8[index]
      switch byte {
      case 0x20, 0x09, 0x0C, 0x0A, 0x0D:
        if let begin = start {
          words.append(Word(text: text[begin..<index], hash: hash, lineBreakBefore: lineBreak))
          start = nil
          lineBreak = false
          hash = Word.seed
        }
        if byte == 0x0A || byte == 0x0D { lineBreak = true }
      default:
        if start == nil { start = index }
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
      index = utf8.index(after: index)
    }
    if let begin = start {
      words.append(Word(text: text[begin..<utf8.endIndex], hash: hash, lineBreakBefore: lineBreak))
    }
    return words
  }

  /// The shortest edit script from `a` to `b`, as runs.
  private static func script(_ a: [Word], _ b: [Word]) -> [WordRun] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    var builder = RunBuilder()
    builder.add(.equal, a[0..<prefix])
    let middleA = a[prefix..<(a.count - suffix)]
    let middleB = b[prefix..<(b.count - suffix)]
    if middleA.isEmpty || middleB.isEmpty {
      builder.add(.deleted, middleA)
      builder.add(.inserted, middleB)
    } else {
      var i = middleA.startIndex
      var j = middleB.startIndex
      var deletions = i
      var insertions = j
      for step in editScript(middleA, middleB) {
        switch step {
        case .delete: i += 1
        case .insert: j += 1
        case .keep:
          // Each gap: what it deletes, then what it inserts.
          builder.add(.deleted, middleA[deletions..<i])
          builder.add(.inserted, middleB[insertions..<j])
          builder.add(.equal, middleA[i..<i + 1])
          i += 1
          j += 1
          deletions = i
          insertions = j
        }
      }
      builder.add(.deleted, middleA[deletions..<i])
      builder.add(.inserted, middleB[insertions..<j])
    }
    builder.add(.equal, a[(a.count - suffix)...])
    return builder.runs
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
  static func editScript(_ a: ArraySlice<Word>, _ b: ArraySlice<Word>) -> [Step] {
    let n = a.count
    let m = b.count
    let a0 = a.startIndex
    let b0 = b.startIndex
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
        while x < n, y < m, a[a0 + x] == b[b0 + y] {
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

/// A word of a text, with a hash of its bytes and whether a line break comes before it.
///
/// Words are equal when their bytes are: where the line breaks fall is layout, not wording.
struct Word: Equatable {
  var text: Substring
  var hash: UInt64
  var lineBreakBefore: Bool

  /// FNV-1a's offset basis.
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  static func == (a: Word, b: Word) -> Bool {
    a.hash == b.hash && a.text.utf8.elementsEqual(b.text.utf8)
  }
}

/// Collects words into runs, joining consecutive words of the same kind.
private struct RunBuilder {
  var runs: [WordRun] = []

  mutating func add(_ kind: WordRun.Kind, _ words: ArraySlice<Word>) {
    guard let first = words.first else { return }
    var text: String
    if let last = runs.last, last.kind == kind {
      text = runs.removeLast().text + (first.lineBreakBefore ? "\n" : " ")
    } else {
      text = ""
    }
    text += first.text
    for word in words.dropFirst() {
      text += word.lineBreakBefore ? "\n" : " "
      text += word.text
    }
    runs.append(WordRun(kind, text))
  }
}
