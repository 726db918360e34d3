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
struct CountrySubjects {
  /// A country named as the subject of a sentence.
  struct Mention: Hashable {
    var entry: CountryDirectory.Entry
    /// The name as the text prints it.
    var words: String
    var line: Int
  }

  /// Another country the text is about, with the sentences that say so, and how many
  /// sentences have a subject the heading's country could go by.
  struct Disagreement {
    var other: CountryDirectory.Entry
    var mentions: [Mention]
    var agreeing: Int
  }

  let directory: CountryDirectory
  /// The longest name looked for before a verb, in words ("Democratic People's Republic of
  /// Korea" is five).
  static let longestName = 6
  /// Lower-case words that may stand inside a name.
  private static let joiners: Set<Substring> = ["of", "the", "and", "da", "de", "d'"]

  /// Every subject mention in `lines`, in order. A name may run over a line end.
  func mentions(in lines: [(number: Int, text: String)]) -> [Mention] {
    var words: [(text: Substring, line: Int)] = []
    for line in lines {
      for word in line.text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
        words.append((word, line.number))
      }
    }
    var found: [Mention] = []
    for index in words.indices where index > 0 {
      guard directory.subjectVerbs.contains(words[index].text.lowercased()) else { continue }
      // The run of name-like words just before the verb, within the clause.
      var start = index
      while start > 0, index - start < CountrySubjects.longestName,
        CountrySubjects.mayBeInName(words[start - 1].text)
      {
        start -= 1
      }
      // The longest name ending at the verb that starts with a capital.
      for from in start..<index {
        guard let first = words[from].text.unicodeScalars.first,
          first.properties.isUppercase
        else { continue }
        let name = words[from..<index].map(\.text).joined(separator: " ")
        if case .country(let entry) = directory.identify(name) {
          found.append(Mention(entry: entry, words: name, line: words[from].line))
          break
        }
      }
    }
    return found
  }

  /// Whether `word` may be part of a country's name just before a verb: capitalised or a
  /// joiner, and not ending a clause (except the abbreviations names use).
  private static func mayBeInName(_ word: Substring) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    if let end = word.last, ",;:()".contains(end) { return false }
    if word.last == ".", !["Rep.", "Dem.", "St."].contains(word) { return false }
    if word.first == "(" { return false }
    return first.properties.isUppercase || joiners.contains(word)
  }

  /// The country other than `heading` that the text of `lines` is about, if it is one.
  func disagreement(heading: CountryDirectory.Entry, lines: [(number: Int, text: String)])
    -> Disagreement?
  {
    var agreeing = 0
    var others: [String: [Mention]] = [:]
    for mention in mentions(in: lines) {
      if mention.entry.code == heading.code {
        agreeing += 1
      } else if directory.mention(mention.words, couldName: heading) {
        // Part of the heading country's name ("Korea" under the Democratic People's Republic
        // of Korea, "Republic of the Congo" under the Democratic Republic of the Congo): it
        // may be said of either, so it counts for neither.
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
