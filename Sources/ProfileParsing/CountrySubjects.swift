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
/// The text is scanned as bytes: every document is read this way, and only the few words
/// that stand between a capitalised word and a verb become strings.
struct CountrySubjects {
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
  /// What the subject verbs start with, and the longest one's length in bytes.
  private let verbs: (firstBytes: [Bool], longest: Int)

  init(directory: CountryDirectory) {
    self.directory = directory
    var firstBytes = [Bool](repeating: false, count: 256)
    var longest = 0
    for verb in directory.subjectVerbs {
      if let first = verb.utf8.first { firstBytes[Int(first)] = true }
      longest = max(longest, verb.utf8.count)
    }
    verbs = (firstBytes, longest)
  }
  /// The longest name looked for before a verb, in words ("Democratic People's Republic of
  /// Korea" is five).
  static let longestName = 6
  /// Lower-case words that may stand inside a name.
  private static let joiners: Set<String> = ["of", "the", "and", "da", "de", "d'"]
  /// Abbreviations a name may hold, though they end in a full stop.
  private static let abbreviations: Set<String> = ["Rep.", "Dem.", "St."]

  /// Every subject mention in `lines` of `text`, in order. A name may run over a line end.
  func mentions(in text: UnsafeBufferPointer<UInt8>, lines: [SectionReader.BodyLine])
    -> [Mention]
  {
    var words: [Word] = []
    for line in lines {
      var index = line.start
      while index < line.end {
        while index < line.end, text[index] == 0x20 || text[index] == 0x09 { index += 1 }
        let start = index
        while index < line.end, text[index] != 0x20, text[index] != 0x09 { index += 1 }
        if start < index { words.append(Word(start: start, end: index, line: line.number)) }
      }
    }
    func string(_ word: Word) -> String { text.slice(word.start, word.end).string }

    var found: [Mention] = []
    for index in words.indices.dropFirst() {
      // Most words do not follow a capitalised one: those are passed over at once.
      let before = words[index - 1]
      let verb = words[index]
      guard CountrySubjects.mayStartName(text[before.start]),
        mayBeVerb(text.slice(verb.start, verb.end)),
        directory.subjectVerbs.contains(string(verb))
      else { continue }
      let last = string(before)
      guard mayBeInName(last), directory.mayEndName(last) else { continue }
      // The run of name-like words just before the verb, within the clause.
      var start = index - 1
      while start > 0, index - start < CountrySubjects.longestName,
        mayBeInName(string(words[start - 1]))
      {
        start -= 1
      }
      // The longest name ending at the verb that starts with a capital, looked up by key.
      let printed = words[start..<index].map(string)
      // The key words of the run, and where each printed word's begin.
      var keys: [String] = []
      var firstKey: [Int] = []
      for word in printed {
        firstKey.append(keys.count)
        keys += CountryDirectory.keyWords(ofWord: word)
      }
      for from in start..<index where CountrySubjects.mayStartName(text[words[from].start]) {
        if let entry = directory.entry(keyWords: keys[firstKey[from - start]...]) {
          let name = printed[(from - start)...].joined(separator: " ")
          found.append(Mention(entry: entry, words: name, line: words[from].line))
          break
        }
      }
    }
    return found
  }

  /// Whether `word` may be one of the subject verbs, told from its length and first byte
  /// without making a string of it: most words after a capitalised one are not.
  private func mayBeVerb(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = word.first, word.count <= verbs.longest else { return false }
    return verbs.firstBytes[Int(first)]
  }

  /// Whether a word starting with `byte` may start a name: a capital, or a letter outside
  /// ASCII ("Åland").
  private static func mayStartName(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || byte >= 0x80
  }

  /// Whether `word` may be part of a country's name just before a verb: capitalised or a
  /// joiner, and not ending a clause (but for the abbreviations names use).
  private func mayBeInName(_ word: String) -> Bool {
    guard let first = word.utf8.first, first != UInt8(ascii: "(") else { return false }
    switch word.utf8.last {
    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
      UInt8(ascii: ")"):
      return false
    case UInt8(ascii: "."):
      return CountrySubjects.abbreviations.contains(word)
    default:
      return CountrySubjects.mayStartName(first) || CountrySubjects.joiners.contains(word)
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
