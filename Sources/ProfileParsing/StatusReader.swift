import ProfileModel

/// Decides an indicator's status from its text, on evidence only, and says why.
///
/// The text is cut into clauses — at line ends, sentence ends, semicolons and the catalog's
/// clause breaks ("however", "but") — and every evidence phrase of the catalog is found in one
/// pass. Where phrases overlap, the longest wins, so "no" inside "no declarations or
/// reservations" negates nothing. Each clause then says one thing:
/// - `unknown` if it has an unknown phrase ("does not have the exact number");
/// - `partial` if it has a partial phrase ("is being developed", "draft");
/// - otherwise `absent` if it has a negation ("does not have", "there is no", "No agency … is
///   certified"), wherever it stands: a negation rules its whole clause, so that in "There is
///   no agency that is responsible" or "Standards developed by ISO are not approved",
///   "is responsible" and "developed" affirm nothing;
/// - otherwise `present` if it has an affirmation ("has acceded", "is a member").
///
/// The section's status is the first of these that holds:
/// 1. `listed-items`: the section lists instruments → present (a draft beside them is text);
///    the clause that leads in to a list ("… has been enacted through the following
///    instruments:") is no evidence of its own;
/// 2. `unknown`: a clause is unknown and none is present ("there is no information about");
/// 3. `partial`: a clause is ("does not have X. However, X is being developed");
/// 4. `empty-list`: the list says "None" → absent;
/// 5. `negation`: a clause is absent ("X runs a scheme …; there is no national framework");
/// 6. `affirmation`: a clause is present;
/// 7. `undecided`: nothing in the text is evidence → the catalog's undecided status
///    (`unknown`), marked for review. A text never becomes `present` by default.
///
/// Where a clause affirms what the decided status does not, the reading is marked for review
/// with the words of that clause: the texts that mix statements are the ones a person should
/// look at.
struct StatusReader: Sendable {
  /// What a catalog phrase is evidence of.
  private enum Kind: UInt8 {
    case unknown, partial, negation, affirmation, neutral, clauseBreak
    /// A list's lead-in ("… has been enacted through the following instruments:"): its
    /// clause only introduces the list, which is the evidence.
    case leadIn
  }

  /// What one clause says, and the phrase that says it.
  private struct Claim {
    var status: IndicatorStatus
    var rule: String
    var words: Range<Int>
  }

  /// What the section's lists say, from the list reader.
  struct Lists {
    /// The first listed item, when the section lists any.
    var firstItem: String?
    /// The printed "None" of a list that says it is empty.
    var noneItem: String?
  }

  /// The catalog's evidence phrases, the clause breaks and the list lead-ins: the section
  /// reader finds them in a text with its own phrases, in one pass, and gives this reader the
  /// matches of these (``read(_:matches:lists:)``).
  let phrases: [String]
  private let kinds: [Kind]
  private let singleWord: [Bool]
  private let undecided: IndicatorStatus

  init(catalog: IndicatorCatalog) {
    let evidence = catalog.statusEvidence
    var phrases: [String] = []
    var kinds: [Kind] = []
    for (list, kind) in [
      (evidence.unknown, Kind.unknown), (evidence.partial, .partial),
      (evidence.negation, .negation), (evidence.affirmation, .affirmation),
      (evidence.neutral, .neutral), (evidence.clauseBreaks, .clauseBreak),
      (catalog.listLeadIns.map { $0.lowercased() }, .leadIn),
    ] {
      phrases += list
      kinds += Array(repeating: kind, count: list.count)
    }
    self.phrases = phrases
    self.kinds = kinds
    singleWord = phrases.map { !$0.contains(" ") }
    undecided = catalog.undecidedStatus
  }

  /// The status of a section with the normalised `text` and `lists`, and its evidence;
  /// `matches` are the whole-word occurrences of ``phrases`` in `text`, in order of their end.
  func read(_ text: UnsafeBufferPointer<UInt8>, matches: [PhraseMatcher.Match], lists: Lists)
    -> (
      IndicatorStatus, StatusEvidence
    )
  {
    if let item = lists.firstItem {
      return (.present, StatusEvidence(rule: "listed-items", words: item))
    }
    let claims = self.claims(matches, in: text)
    func evidence(_ claim: Claim, review: String? = nil) -> StatusEvidence {
      StatusEvidence(rule: claim.rule, words: words(claim.words, in: text), review: review)
    }
    let present = claims.first { $0.status == .present }
    /// What a present clause says against a status that is not present.
    var contradiction: String? {
      present.map {
        "statements disagree: also reads as present ('\(words($0.words, in: text))')"
      }
    }
    if present == nil, let unknown = claims.first(where: { $0.status == .unknown }) {
      return (.unknown, evidence(unknown))
    }
    if let partial = claims.first(where: { $0.status == .partial }) {
      return (.partial, evidence(partial, review: contradiction))
    }
    if let none = lists.noneItem {
      return (
        .absent, StatusEvidence(rule: "empty-list", words: none, review: contradiction)
      )
    }
    if let absent = claims.first(where: { $0.status == .absent }) {
      return (.absent, evidence(absent, review: contradiction))
    }
    if let present {
      return (.present, evidence(present))
    }
    return (
      undecided,
      StatusEvidence(
        rule: "undecided", words: "",
        review: "no rule decides: the text states no presence, absence or progress")
    )
  }

  /// What each clause of `text` says, in the order of the text; clauses that say nothing are
  /// left out.
  private func claims(_ all: [PhraseMatcher.Match], in text: UnsafeBufferPointer<UInt8>)
    -> [Claim]
  {
    guard !all.isEmpty else { return [] }
    var breaks = StatusReader.sentenceBreaks(in: text)
    var evidence: [PhraseMatcher.Match] = []
    evidence.reserveCapacity(all.count)
    for match in all {
      if kinds[match.phrase] == .clauseBreak {
        breaks.append(match.start)
      } else {
        evidence.append(match)
      }
    }
    breaks.sort()
    // The longest phrase wins: a match inside another is dropped.
    evidence.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
    var claims: [Claim] = []
    var clause = -1
    var clauseClaim: Claim?
    var leadIn = false
    var breakIndex = 0
    var keptEnd = -1
    for match in evidence {
      if match.end <= keptEnd { continue }
      keptEnd = match.end
      let kind = kinds[match.phrase]
      if kind == .neutral { continue }
      while breakIndex < breaks.count, breaks[breakIndex] <= match.start { breakIndex += 1 }
      if breakIndex != clause {
        if let clauseClaim, !leadIn { claims.append(clauseClaim) }
        clause = breakIndex
        clauseClaim = nil
        leadIn = false
      }
      let words = wordsRange(of: match, in: text)
      switch kind {
      case .unknown:
        if clauseClaim?.status != .unknown {
          clauseClaim = Claim(status: .unknown, rule: "unknown", words: words)
        }
      case .partial:
        if clauseClaim?.status != .unknown && clauseClaim?.status != .partial {
          clauseClaim = Claim(status: .partial, rule: "partial", words: words)
        }
      case .negation:
        if clauseClaim == nil || clauseClaim?.status == .present {
          clauseClaim = Claim(status: .absent, rule: "negation", words: words)
        }
      case .affirmation:
        if clauseClaim == nil {
          clauseClaim = Claim(status: .present, rule: "affirmation", words: words)
        }
      case .leadIn:
        leadIn = true
      case .neutral, .clauseBreak:
        break
      }
    }
    if let clauseClaim, !leadIn { claims.append(clauseClaim) }
    return claims
  }

  /// Where clauses start at line ends, sentence ends and semicolons. A full stop ends a
  /// sentence only before a capital letter or a quote: "Act No. 5" and "e.g. the" go on.
  private static func sentenceBreaks(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
    var breaks: [Int] = []
    var index = 0
    while index < text.count {
      switch text[index] {
      case 0x0A, UInt8(ascii: ";"):
        breaks.append(index + 1)
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
        if index + 2 < text.count, text[index + 1] == 0x20 {
          let next = text[index + 2]
          if next &- 0x61 >= 26 && next &- 0x30 >= 10 { breaks.append(index + 1) }
        }
      default:
        break
      }
      index += 1
    }
    return breaks
  }

  /// The words a match stands for: the phrase, and for a one-word negation ("no", "not") the
  /// word after it too, so that the evidence reads "No agency" rather than "No".
  private func wordsRange(of match: PhraseMatcher.Match, in text: UnsafeBufferPointer<UInt8>)
    -> Range<Int>
  {
    guard kinds[match.phrase] == .negation, singleWord[match.phrase] else {
      return match.start..<match.end
    }
    var end = match.end
    while end < text.count, text[end] == 0x20 { end += 1 }
    let wordStart = end
    while end < text.count, PhraseMatcher.isWordByte(text[end]) || text[end] == 0x2D { end += 1 }
    return match.start..<(end > wordStart ? end : match.end)
  }

  private func words(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> String {
    text.slice(range.lowerBound, range.upperBound).string
  }
}
