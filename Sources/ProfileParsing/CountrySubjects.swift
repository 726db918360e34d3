import ProfileModel

/// The countries a profile's text makes the subject of its status sentences ("North Korea
/// does not have …", "Belize is a member of …"), to check the heading against.
///
/// Profiles name other countries too — partners, neighbours, donors ("with the support of
/// Japan"), regional bodies — but rarely as the subject of a sentence about what exists, and
/// never more often than the country itself. So only a country's name directly before one of
/// the table's subject verbs counts, the longest name there (so "North Korea" is not
/// "Korea"), and the heading is refused only when another country is such a subject at least
/// twice and more often than the heading's country. A name that is part of the heading
/// country's own ("Korea" under the Democratic People's Republic of Korea) counts for neither.
///
/// The text is scanned for the verbs only, as bytes: most lines have no country as a
/// subject, and only the few words before a verb become strings.
struct CountrySubjects: Sendable {
  /// A country named as the subject of a sentence.
  struct Mention: Hashable {
    var entry: CountryDirectory.Entry
    /// The name as the text prints it.
    var words: String
    var line: Int
  }

  /// Another country the text is about, with the sentences that say so, and how many
  /// sentences have the heading's country as their subject.
  struct Disagreement {
    var other: CountryDirectory.Entry
    var mentions: [Mention]
    var agreeing: Int
  }

  /// A word of the text: where it is, and on which line.
  private struct Word {
    var start: Int
    var end: Int
    var line: Int
  }

  let directory: CountryDirectory
  /// The subject verbs as bytes, by their first byte.
  private let verbsByFirstByte: [[[UInt8]]]

  init(directory: CountryDirectory) {
    self.directory = directory
    var verbs = [[[UInt8]]](repeating: [], count: 256)
    for verb in directory.subjectVerbs.sorted() {
      let bytes = Array(verb.utf8)
      if let first = bytes.first { verbs[Int(first)].append(bytes) }
    }
    verbsByFirstByte = verbs
  }
  /// The longest name looked for before a verb, in words ("Democratic People's Republic of
  /// Korea" is five).
  static let longestName = 6
  /// Lower-case words that may stand inside a name.
  private static let joiners = ["of", "the", "and", "da", "de", "d'"]
  /// Abbreviations a name may hold, though they end in a full stop.
  private static let abbreviations = ["Rep.", "Dem.", "St."]

  /// Every subject mention in `lines` of `text`, in order. Words are what spaces and tabs
  /// separate; a name may run over a line end, and so may the space before the verb.
  ///
  /// Only words that may end a name are looked at: those that start with a capital (few do),
  /// and are followed by a verb. A text names its subject the same way sentence after
  /// sentence ("Belize has …", "Belize does not have …"), so the name a run of words holds
  /// is worked out once per text, and remembered by the words.
  func mentions(in text: UnsafeBufferPointer<UInt8>, lines: [SectionReader.BodyLine])
    -> [Mention]
  {
    func string(_ word: Word) -> String { text.slice(word.start, word.end).string }
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    /// The word that ends at or before `position` on line `lineIndex`, or else on the lines
    /// before it; `lineIndex` becomes the word's line.
    func word(before position: Int, line lineIndex: inout Int) -> Word? {
      var end = position
      while lineIndex >= 0 {
        let line = lines[lineIndex]
        end = min(end, line.end)
        while end > line.start, isSpace(text[end - 1]) { end -= 1 }
        if end > line.start {
          var start = end
          while start > line.start, !isSpace(text[start - 1]) { start -= 1 }
          return Word(start: start, end: end, line: line.number)
        }
        lineIndex -= 1
        end = Int.max
      }
      return nil
    }
    /// The word that starts at or after `position` on line `lineIndex`, or else on the first
    /// line after it that has one.
    func word(after position: Int, line lineIndex: Int) -> Word? {
      var start = position
      for line in lines[lineIndex...] {
        start = max(start, line.start)
        while start < line.end, isSpace(text[start]) { start += 1 }
        if start < line.end {
          var end = start
          while end < line.end, !isSpace(text[end]) { end += 1 }
          return Word(start: start, end: end, line: line.number)
        }
      }
      return nil
    }
    func isVerb(_ word: Word) -> Bool {
      let bytes = text.slice(word.start, word.end)
      return verbsByFirstByte[Int(text[word.start])].contains { bytes.elementsEqual($0) }
    }

    var found: [Mention] = []
    /// The name each run of words holds, by the run's words joined with single spaces (as
    /// bytes: two spellings of a name may differ only in their bytes).
    var names: [[UInt8]: RunName?] = [:]
    var run: [Word] = []
    var joined: [UInt8] = []
    for (lineIndex, line) in lines.enumerated() {
      var index = line.start
      while index < line.end {
        // `index` is at a word's start.
        var end = index
        while end < line.end, !isSpace(text[end]) { end += 1 }
        defer {
          index = end
          while index < line.end, isSpace(text[index]) { index += 1 }
        }
        guard CountrySubjects.mayStartName(text[index]) else { continue }
        let before = Word(start: index, end: end, line: line.number)
        guard let verb = word(after: before.end, line: lineIndex), isVerb(verb),
          CountrySubjects.mayBeInName(text.slice(before.start, before.end))
        else { continue }
        // The run of name-like words just before the verb, within the clause.
        var wordLine = lineIndex
        run.removeAll(keepingCapacity: true)
        run.append(before)
        while run.count < CountrySubjects.longestName,
          let previous = word(before: run[run.count - 1].start, line: &wordLine),
          CountrySubjects.mayBeInName(text.slice(previous.start, previous.end))
        {
          run.append(previous)
        }
        run.reverse()
        joined.removeAll(keepingCapacity: true)
        for word in run {
          if !joined.isEmpty { joined.append(0x20) }
          joined.append(contentsOf: text.slice(word.start, word.end))
        }
        let name: RunName?
        if let known = names[joined] {
          name = known
        } else {
          name = self.name(
            ofRun: run.map(string),
            capitalised: run.map { CountrySubjects.mayStartName(text[$0.start]) })
          names[joined] = name
        }
        if let name {
          found.append(
            Mention(
              entry: name.entry, words: String(decoding: joined[name.offset...], as: UTF8.self),
              line: run[name.word].line))
        }
      }
    }
    return found
  }

  /// The country a run of words before a verb names, and where that name starts.
  private struct RunName {
    var entry: CountryDirectory.Entry
    /// The first word of the name in the run.
    var word: Int
    /// Where that word starts in the run's words joined with single spaces, in UTF-8 bytes.
    var offset: Int
  }

  /// The longest name that ends the run `printed` and starts with a capital (`capitalised`
  /// says which words do), looked up by key: the key words of the run, and where each printed
  /// word's begin.
  private func name(ofRun printed: [String], capitalised: [Bool]) -> RunName? {
    guard let last = printed.last, directory.mayEndName(last) else { return nil }
    var keys: [String] = []
    var firstKey: [Int] = []
    for word in printed {
      firstKey.append(keys.count)
      keys += CountryDirectory.keyWords(ofWord: word)
    }
    var offset = 0
    for from in printed.indices {
      defer { offset += printed[from].utf8.count + 1 }
      guard capitalised[from] else { continue }
      if let entry = directory.entry(keyWords: keys[firstKey[from]...]) {
        return RunName(entry: entry, word: from, offset: offset)
      }
    }
    return nil
  }

  /// Whether a word starting with `byte` may start a name: a capital, or a letter outside
  /// ASCII ("Åland").
  private static func mayStartName(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || byte >= 0x80
  }

  /// Whether `word` may be part of a country's name just before a verb: capitalised or a
  /// joiner, and not ending a clause (but for the abbreviations names use).
  private static func mayBeInName(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = word.first, first != UInt8(ascii: "(") else { return false }
    switch word.last {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
      UInt8(ascii: ")"):
      return false
    case UInt8(ascii: "."):
      return abbreviations.contains { word.elementsEqual($0.utf8) }
    default:
      return mayStartName(first) || joiners.contains { word.elementsEqual($0.utf8) }
    }
  }

  /// The country other than `heading` that the text of `lines` is about, if it is one.
  func disagreement(
    heading: CountryDirectory.Entry, text: UnsafeBufferPointer<UInt8>,
    lines: [SectionReader.BodyLine]
  ) -> Disagreement? {
    var agreeing = 0
    var others: [String: [Mention]] = [:]
    for mention in mentions(in: text, lines: lines) {
      if mention.entry.code == heading.code {
        agreeing += 1
      } else if directory.mention(mention.words, couldName: heading) {
        // May be said of either: "Korea" under the Democratic People's Republic of Korea,
        // "Republic of the Congo" under the Democratic Republic of the Congo.
        continue
      } else {
        others[mention.entry.code, default: []].append(mention)
      }
    }
    guard
      let (_, mentions) = others.max(by: {
        ($0.value.count, $1.key) < ($1.value.count, $0.key)
      }),
      mentions.count >= 2, mentions.count > agreeing
    else { return nil }
    return Disagreement(other: mentions[0].entry, mentions: mentions, agreeing: agreeing)
  }
}
