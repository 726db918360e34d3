/// Word-level diffs of indicator texts.
///
/// Texts are split into words at whitespace (spaces and line breaks alike), and the words
/// are compared exactly, punctuation included. A run keeps the line breaks between its words
/// (those of the old text in an equal run); other whitespace reads as one space. The diff is a shortest edit script (Myers, via the standard
/// library's `difference(from:)`) between the words after the common prefix and suffix,
/// presented as runs: between two equal runs, the deleted words come before the inserted
/// ones.
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
    var index = utf8.startIndex
    while index != utf8.endIndex {
      switch utf8[index] {
      case 0x20, 0x09, 0x0C:
        if let begin = start {
          words.append(Word(text: text[begin..<index], lineBreakBefore: lineBreak))
          start = nil
          lineBreak = false
        }
      case 0x0A, 0x0D:
        if let begin = start {
          words.append(Word(text: text[begin..<index], lineBreakBefore: lineBreak))
          start = nil
        }
        lineBreak = true
      default:
        if start == nil { start = index }
      }
      index = utf8.index(after: index)
    }
    if let begin = start {
      words.append(Word(text: text[begin..<utf8.endIndex], lineBreakBefore: lineBreak))
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
      let difference = middleB.difference(from: middleA)
      var removed = Set<Int>()
      var inserted = Set<Int>()
      for change in difference {
        switch change {
        case .remove(let offset, _, _): removed.insert(offset)
        case .insert(let offset, _, _): inserted.insert(offset)
        }
      }
      var i = 0
      var j = 0
      var deletions: [Word] = []
      var insertions: [Word] = []
      while i < middleA.count || j < middleB.count {
        if i < middleA.count, removed.contains(i) {
          deletions.append(middleA[prefix + i])
          i += 1
        } else if j < middleB.count, inserted.contains(j) {
          insertions.append(middleB[prefix + j])
          j += 1
        } else {
          builder.add(.deleted, deletions[...])
          builder.add(.inserted, insertions[...])
          deletions.removeAll(keepingCapacity: true)
          insertions.removeAll(keepingCapacity: true)
          builder.add(.equal, CollectionOfOne(middleA[prefix + i]))
          i += 1
          j += 1
        }
      }
      builder.add(.deleted, deletions[...])
      builder.add(.inserted, insertions[...])
    }
    builder.add(.equal, a[(a.count - suffix)...])
    return builder.runs
  }
}

/// A word of a text, and whether a line break comes before it.
///
/// Words are equal when their text is: where the line breaks fall is layout, not wording.
struct Word: Equatable {
  var text: Substring
  var lineBreakBefore: Bool

  static func == (a: Word, b: Word) -> Bool { a.text == b.text }
}

/// Collects words into runs, joining consecutive words of the same kind.
private struct RunBuilder {
  var runs: [WordRun] = []

  mutating func add(_ kind: WordRun.Kind, _ words: some Collection<Word>) {
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
