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

  /// Buffers that ``read(_:matches:lists:scratch:)`` reuses from one section to the next.
  struct Scratch {
    fileprivate var breaks: [Int] = []
    fileprivate var evidence: [PhraseMatcher.Match] = []
  }

  /// The status of a section with the normalised `text` and `lists`, and its evidence;
  /// `matches` are the whole-word occurrences of ``phrases`` in `text`, in order of their end
  /// (matches of phrases numbered from `phrases.count` on, which the section reader looks
  /// for in the same scan, are not this reader's and are passed over).
  func read(_ text: UnsafeBufferPointer<UInt8>, matches: [PhraseMatcher.Match], lists: Lists)
    -> (IndicatorStatus, StatusEvidence)
  {
    var scratch = Scratch()
    return read(text, matches: matches, lists: lists, scratch: &scratch)
  }

  /// ``read(_:matches:lists:)`` with buffers kept in `scratch`.
  func read(
    _ text: UnsafeBufferPointer<UInt8>, matches: [PhraseMatcher.Match], lists: Lists,
    scratch: inout Scratch
  ) -> (IndicatorStatus, StatusEvidence) {
    if let item = lists.firstItem {
      return (.present, StatusEvidence(rule: "listed-items", words: item))
    }
    let claims = self.claims(matches, in: text, scratch: &scratch)
    func evidence(_ claim: Claim, review: String? = nil) -> StatusEvidence {
      StatusEvidence(rule: claim.rule, words: words(claim.words, in: text), review: review)
    }
    let present = claims.present
    /// What a present clause says against a status that is not present.
    var contradiction: String? {
      present.map {
        "statements disagree: also reads as present ('\(words($0.words, in: text))')"
      }
    }
    if present == nil, let unknown = claims.unknown {
      return (.unknown, evidence(unknown))
    }
    if let partial = claims.partial {
      return (.partial, evidence(partial, review: contradiction))
    }
    if let none = lists.noneItem {
      return (
        .absent, StatusEvidence(rule: "empty-list", words: none, review: contradiction)
      )
    }
    if let absent = claims.absent {
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

  /// The first clause of the text that says each status: what the section's status is
  /// decided on.
  private struct Claims {
    var unknown: Claim?
    var partial: Claim?
    var absent: Claim?
    var present: Claim?

    mutating func add(_ claim: Claim) {
      switch claim.status {
      case .unknown: if unknown == nil { unknown = claim }
      case .partial: if partial == nil { partial = claim }
      case .absent: if absent == nil { absent = claim }
      case .present: if present == nil { present = claim }
      case .missing: break
      }
    }
  }

  /// What the clauses of `text` say, each clause's claim taken in the order of the text;
  /// clauses that say nothing are left out.
  private func claims(
    _ all: [PhraseMatcher.Match], in text: UnsafeBufferPointer<UInt8>, scratch: inout Scratch
  ) -> Claims {
    var claims = Claims()
    guard !all.isEmpty else { return claims }
    // Only the breaks up to the last match's start tell clauses apart.
    let lastStart = all.reduce(0) { $1.phrase < kinds.count ? max($0, $1.start) : $0 }
    scratch.breaks.removeAll(keepingCapacity: true)
    StatusReader.sentenceBreaks(in: text, upTo: lastStart, into: &scratch.breaks)
    scratch.evidence.removeAll(keepingCapacity: true)
    for match in all where match.phrase < kinds.count {
      if kinds[match.phrase] == .clauseBreak {
        scratch.breaks.append(match.start)
      } else {
        scratch.evidence.append(match)
      }
    }
    scratch.breaks.sort()
    // The longest phrase wins: a match inside another is dropped.
    scratch.evidence.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
    let breaks = scratch.breaks
    var clause = -1
    var clauseClaim: Claim?
    var leadIn = false
    var breakIndex = 0
    var keptEnd = -1
    for match in scratch.evidence {
      if match.end <= keptEnd { continue }
      keptEnd = match.end
      let kind = kinds[match.phrase]
      if kind == .neutral { continue }
      while breakIndex < breaks.count, breaks[breakIndex] <= match.start { breakIndex += 1 }
      if breakIndex != clause {
        if let clauseClaim, !leadIn { claims.add(clauseClaim) }
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
    if let clauseClaim, !leadIn { claims.add(clauseClaim) }
    return claims
  }

  /// Appends to `breaks` where clauses start at line ends, sentence ends and semicolons, up
  /// to `limit`. A full stop ends a sentence only before a capital letter or a quote: "Act
  /// No. 5" and "e.g. the" go on.
  private static func sentenceBreaks(
    in text: UnsafeBufferPointer<UInt8>, upTo limit: Int, into breaks: inout [Int]
  ) {
    var index = 0
    // The byte at `index` ends a clause that way: the next one starts at `index + 1`.
    while index < min(text.count, limit) {
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
