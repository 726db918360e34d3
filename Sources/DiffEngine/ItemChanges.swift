import Foundation

/// The items an indicator gained and lost, compared as normalised sets.
///
/// Two items are the same when their ``ItemChanges/key(_:)`` is equal: case, diacritics and
/// character width folded, runs of whitespace collapsed to one space, typographic quotes
/// and dashes read as ASCII, and trailing `.`, `,`, `;`, `:` dropped. So a respelling
/// ("CERT-BZ" → "Cert-BZ") or a reordering adds and removes nothing.
///
/// A removed item and an added item that look alike are offered as a likely rename (see
/// ``ItemRename``), but stay listed in `removed` and `added`: the diff never decides for the
/// reader that an instrument was renamed rather than replaced.
public struct ItemChanges: Hashable, Codable, Sendable {
  /// Items on the `to` side whose key is not on the `from` side, as printed, in order.
  public var added: [String]
  /// Items on the `from` side whose key is not on the `to` side, as printed, in order.
  public var removed: [String]
  /// Likely renames among `removed` × `added`, most similar first; each item in at most one.
  public var renames: [ItemRename]

  public init(added: [String], removed: [String], renames: [ItemRename]) {
    self.added = added
    self.removed = removed
    self.renames = renames
  }

  /// The least token similarity (Jaccard index of the keys' word sets) for a removed and an
  /// added item to be offered as a rename. "Cyber Crimes Act 2003" → "Cyber Crimes Act 2010"
  /// scores 3/5 = 0.6; "Data Protection Act" → "Electronic Transactions Act" scores 1/5.
  public static let renameThreshold = 0.5

  /// The changes from `before` to `after`; `nil` when both hold the same set of keys.
  public init?(before: [String], after: [String]) {
    let keysBefore = before.map(ItemChanges.key)
    let keysAfter = after.map(ItemChanges.key)
    let setBefore = Set(keysBefore)
    let setAfter = Set(keysAfter)
    guard setBefore != setAfter else { return nil }
    func only(_ items: [String], _ keys: [String], notIn other: Set<String>) -> [String] {
      var seen = Set<String>()
      return zip(items, keys).compactMap { item, key in
        !other.contains(key) && seen.insert(key).inserted ? item : nil
      }
    }
    added = only(after, keysAfter, notIn: setBefore)
    removed = only(before, keysBefore, notIn: setAfter)
    renames = ItemChanges.likelyRenames(removed: removed, added: added)
  }

  /// The same changes the other way round.
  public var reversed: ItemChanges {
    ItemChanges(added: removed, removed: added, renames: renames.map(\.reversed))
  }

  /// The normalised form under which items are compared.
  public static func key(_ item: String) -> String {
    var key: [UInt8] = []
    key.reserveCapacity(item.utf8.count)
    var pendingSpace = false
    func append(_ bytes: some Sequence<UInt8>) {
      if pendingSpace, !key.isEmpty { key.append(0x20) }
      pendingSpace = false
      key.append(contentsOf: bytes)
    }
    if item.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII (most items): no diacritics or widths to fold, only case.
      for byte in item.utf8 {
        switch byte {
        case 0x20, 0x09...0x0D: pendingSpace = true
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): append(CollectionOfOne(byte + 0x20))
        default: append(CollectionOfOne(byte))
        }
      }
    } else {
      let folded = item.folding(
        options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      for scalar in folded.unicodeScalars {
        switch scalar {
        case _ where scalar.properties.isWhitespace: pendingSpace = true
        case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": append("'".utf8)
        case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": append("\"".utf8)
        case "\u{2010}"..."\u{2015}", "\u{2212}": append("-".utf8)
        default: append(UTF8.encode(scalar)!)
        }
      }
    }
    while let last = key.last, [UInt8]("., ;:".utf8).contains(last) {
      key.removeLast()
    }
    return String(decoding: key, as: UTF8.self)
  }

  /// The Jaccard index of the two items' word sets (words: runs of letters and digits of
  /// their keys), from 0 (no word in common) to 1 (the same words).
  public static func similarity(_ a: String, _ b: String) -> Double {
    if let x = asciiWords(a), let y = asciiWords(b) { return jaccard(x, y) }
    return keySimilarity(a, b)
  }

  /// ``similarity(_:_:)`` through the keys, whatever the text: what the ASCII path must
  /// equal.
  static func keySimilarity(_ a: String, _ b: String) -> Double {
    jaccard(words(key(a)), words(key(b)))
  }

  /// The distinct words of an ASCII text, as its key would give them (runs of letters and
  /// digits, lower-cased), sorted; nil when the text is not ASCII. The review queue compares
  /// thousands of texts: sorted byte runs cost a fraction of a set of strings.
  private static func asciiWords(_ text: String) -> [ArraySlice<UInt8>]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        bytes.append(byte)
      default: bytes.append(0x20)
      }
    }
    var words = bytes.split(separator: 0x20)
    words.sort { $0.lexicographicallyPrecedes($1) }
    var distinct: [ArraySlice<UInt8>] = []
    distinct.reserveCapacity(words.count)
    for word in words where distinct.last.map({ !$0.elementsEqual(word) }) ?? true {
      distinct.append(word)
    }
    return distinct
  }

  /// The Jaccard index of two sorted lists of distinct words.
  private static func jaccard(_ x: [ArraySlice<UInt8>], _ y: [ArraySlice<UInt8>]) -> Double {
    var common = 0
    var i = 0
    var j = 0
    while i < x.count, j < y.count {
      if x[i].elementsEqual(y[j]) {
        common += 1
        i += 1
        j += 1
      } else if x[i].lexicographicallyPrecedes(y[j]) {
        i += 1
      } else {
        j += 1
      }
    }
    let union = x.count + y.count - common
    return union == 0 ? 1 : Double(common) / Double(union)
  }

  private static func jaccard(_ x: Set<Substring>, _ y: Set<Substring>) -> Double {
    let common = x.intersection(y).count
    let union = x.count + y.count - common
    return union == 0 ? 1 : Double(common) / Double(union)
  }

  private static func words(_ key: String) -> Set<Substring> {
    if key.utf8.allSatisfy({ $0 < 0x80 }) {
      return Set(
        key.utf8.split { byte in
          !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }.map { Substring($0) })
    }
    return Set(
      key.split { character in
        !character.unicodeScalars.contains {
          $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
      })
  }

  /// Pairs removed and added items greedily, most similar first.
  ///
  /// Ties are broken on the two names in string order, smaller first, so the pairing of
  /// `before → after` is the pairing of `after → before` reversed.
  private static func likelyRenames(removed: [String], added: [String]) -> [ItemRename] {
    guard !removed.isEmpty, !added.isEmpty else { return [] }
    var candidates: [ItemRename] = []
    let addedWords = added.map { words(key($0)) }
    for old in removed {
      let oldWords = words(key(old))
      for (new, newWords) in zip(added, addedWords) {
        let score = jaccard(oldWords, newWords)
        if score >= renameThreshold {
          candidates.append(ItemRename(from: old, to: new, similarity: score))
        }
      }
    }
    candidates.sort { x, y in
      if x.similarity != y.similarity { return x.similarity > y.similarity }
      let (xLow, xHigh) = x.from < x.to ? (x.from, x.to) : (x.to, x.from)
      let (yLow, yHigh) = y.from < y.to ? (y.from, y.to) : (y.to, y.from)
      return (xLow, xHigh) < (yLow, yHigh)
    }
    var usedOld = Set<String>()
    var usedNew = Set<String>()
    return candidates.filter { rename in
      guard !usedOld.contains(rename.from), !usedNew.contains(rename.to) else { return false }
      usedOld.insert(rename.from)
      usedNew.insert(rename.to)
      return true
    }
  }
}

/// A removed item and an added item that are probably the same thing renamed.
public struct ItemRename: Hashable, Codable, Sendable {
  public var from: String
  public var to: String
  /// The token similarity that suggested it, at least ``ItemChanges/renameThreshold``.
  public var similarity: Double

  public init(from: String, to: String, similarity: Double) {
    self.from = from
    self.to = to
    self.similarity = similarity
  }

  public var reversed: ItemRename {
    ItemRename(from: to, to: from, similarity: similarity)
  }
}
