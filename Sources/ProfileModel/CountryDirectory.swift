import Foundation

/// Maps the country names printed on profiles to ISO 3166-1 alpha-3 codes.
///
/// Names are compared by their ``matchKey(_:)``: case, accents, curly apostrophes, `().,-`,
/// runs of spaces and the word "the" are ignored and common abbreviations spelt out, so
/// "CÔTE D’IVOIRE", "Cote d'Ivoire" and "COTE D'IVOIRE" all resolve to `CIV`, and
/// "Dem. Rep. of the Congo" to the same key as "Democratic Republic of Congo".
///
/// A name is never guessed: it matches a country's name or alias whole, or, failing that,
/// with an official designation ("REPUBLIC OF …", "… (REPUBLIC OF)") taken off; it never
/// matches a country whose name it merely contains ("GUINEA" is not "EQUATORIAL GUINEA").
/// What matches no country, or two, is ``Resolution/unknown`` or ``Resolution/ambiguous(_:)``.
/// The table is `Schema/countries.json`, embedded in the binary.
public struct CountryDirectory: Sendable {
  /// One country: its code, the name ITU prints, and other names it goes by.
  public struct Entry: Hashable, Codable, Sendable {
    public var code: String
    public var name: String
    public var aliases: [String]

    /// A lower-case ASCII slug of the name, for paths and URLs: `korea-rep-of`.
    public var slug: String { CountryDirectory.slug(name) }
  }

  /// What a printed name denotes.
  public enum Resolution: Hashable, Sendable {
    case country(Entry)
    /// Several countries, nearest first: the name is not enough to tell which.
    case ambiguous([Entry])
    case unknown
  }

  /// What the lines of a document's name block denote.
  public enum BlockResolution: Hashable, Sendable {
    /// The country, and the lines its name spans.
    case country(Entry, lines: Range<Int>)
    case ambiguous([Entry])
    case unknown
  }

  private struct File: Codable {
    var version: Int
    var designations: [String]
    var subjectVerbs: [String]
    var countries: [Entry]
  }

  public let entries: [Entry]
  /// Official designations as key words ("REPUBLIC OF"), longest first.
  private let designations: [[Substring]]
  /// Words that make a country named just before them the subject of a sentence, lower case.
  public let subjectVerbs: Set<String>
  private let indexByKey: [String: Int]
  private let indexByCode: [String: Int]
  /// Every name's key as words, with its entry: for the names a shorter one is part of.
  private let nameWords: [(words: [Substring], index: Int)]
  /// For each word of a key, where the names that hold it are in ``nameWords``, in order.
  private let namesByWord: [Substring: [Int]]
  /// The last word of every name's key: a word not among them ends no name.
  private let lastWords: Set<Substring>

  public init(entries: [Entry], designations: [String] = [], subjectVerbs: [String] = []) {
    self.entries = entries
    var byKey: [String: Int] = [:]
    var byCode: [String: Int] = [:]
    var words: [(words: [Substring], index: Int)] = []
    for (index, entry) in entries.enumerated() {
      byCode[entry.code] = index
      for name in [entry.name] + entry.aliases {
        let key = CountryDirectory.matchKey(name)
        if byKey[key] == nil { byKey[key] = index }
        words.append((key.split(separator: " "), index))
      }
      let slugKey = CountryDirectory.matchKey(entry.slug.replacingOccurrences(of: "-", with: " "))
      if byKey[slugKey] == nil { byKey[slugKey] = index }
    }
    indexByKey = byKey
    indexByCode = byCode
    nameWords = words
    var namesByWord: [Substring: [Int]] = [:]
    for (position, name) in words.enumerated() {
      for word in Set(name.words) { namesByWord[word, default: []].append(position) }
    }
    self.namesByWord = namesByWord
    lastWords = Set(words.compactMap(\.words.last))
    self.designations = designations.map { CountryDirectory.matchKey($0).split(separator: " ") }
      .sorted { $0.count > $1.count }
    self.subjectVerbs = Set(subjectVerbs.map { $0.lowercased() })
  }

  /// The embedded table from `Schema/countries.json`.
  public static let standard: CountryDirectory = {
    let file = EmbeddedSchema.decode(File.self, file: "countries.json")
    return CountryDirectory(
      entries: file.countries, designations: file.designations, subjectVerbs: file.subjectVerbs)
  }()

  /// The country a printed name, code or slug denotes, if exactly one does.
  public func resolve(_ name: some StringProtocol) -> Entry? { resolve(String(name)) }

  /// ``resolve(_:)-(StringProtocol)`` for a `String`.
  public func resolve(_ name: String) -> Entry? {
    let key = CountryDirectory.matchKey(name)
    if key.utf8.count == 3, let index = indexByCode[key] {
      return entries[index]
    }
    if case .country(let entry) = identify(key: key) { return entry }
    return nil
  }

  /// What a printed country name denotes (codes are not names: "BLZ" is unknown here).
  ///
  /// ```swift
  /// directory.identify("SUDAN (REPUBLIC OF)")        // .country(SDN)
  /// directory.identify("REPUBLIC OF EQUATORIAL GUINEA")  // .country(GNQ), never GIN
  /// ```
  public func identify(_ name: some StringProtocol) -> Resolution { identify(String(name)) }

  /// ``identify(_:)-(StringProtocol)`` for a `String`, compiled for it: the generic form,
  /// called from another module, is several times slower.
  public func identify(_ name: String) -> Resolution {
    identify(key: CountryDirectory.matchKey(name))
  }

  private func identify(key: String) -> Resolution {
    if let index = indexByKey[key] { return .country(entries[index]) }
    // An official designation before or after a known name: "PRINCIPALITY OF ANDORRA",
    // "SUDAN (REPUBLIC OF)". No designation holds a word that tells two countries apart.
    let words = key.split(separator: " ")
    var found: [Int] = []
    for designation in designations where designation.count < words.count {
      if words.starts(with: designation),
        let index = indexByKey[words.dropFirst(designation.count).joined(separator: " ")]
      {
        found.append(index)
      }
      if words.suffix(designation.count).elementsEqual(designation),
        let index = indexByKey[words.dropLast(designation.count).joined(separator: " ")]
      {
        found.append(index)
      }
    }
    let distinct = Array(Set(found)).sorted()
    switch distinct.count {
    case 0: return .unknown
    case 1: return .country(entries[distinct[0]])
    default: return .ambiguous(distinct.map { entries[$0] })
    }
  }

  /// The country a document's name block denotes: the longest name over its lines, a name
  /// wrapped over two or three of them included ("MICRONESIA (FEDERAL" / "STATES OF)").
  ///
  /// A block is ambiguous, not guessed, when two lines name different countries, or when
  /// the name found is part of another country's name whose other words are on the lines
  /// left over ("REPUBLIC OF EQUATORIAL" / "GUINEA", were the two lines not a name).
  public func identify(lines: [String]) -> BlockResolution {
    struct Match {
      var index: Int
      var lines: Range<Int>
      var words: [Substring]
    }
    var matches: [Match] = []
    var ambiguous: [Entry] = []
    for start in lines.indices {
      for end in (start + 1)...min(lines.count, start + 4) {
        let key = CountryDirectory.matchKey(lines[start..<end].joined(separator: " "))
        guard !key.isEmpty else { continue }
        switch identify(key: key) {
        case .country(let entry):
          matches.append(
            Match(
              index: indexByCode[entry.code]!, lines: start..<end, words: key.split(separator: " "))
          )
        case .ambiguous(let entries):
          ambiguous += entries
        case .unknown:
          break
        }
      }
    }
    guard
      let best = matches.max(by: {
        ($0.words.count, $1.lines.count, $1.lines.lowerBound)
          < ($1.words.count, $0.lines.count, $0.lines.lowerBound)
      })
    else {
      return ambiguous.isEmpty ? .unknown : .ambiguous(CountryDirectory.unique(ambiguous))
    }
    var candidates = [entries[best.index]]
    // Another country named on lines the best name does not span.
    for match in matches where match.index != best.index {
      if !(best.lines.contains(match.lines.lowerBound)
        && best.lines.contains(match.lines.upperBound - 1))
      {
        candidates.append(entries[match.index])
      }
    }
    // A longer name of another country, of which the lines left over hold the rest.
    let leftover = Set(
      lines.indices.filter { !best.lines.contains($0) }
        .flatMap { CountryDirectory.matchKey(lines[$0]).split(separator: " ") }
    ).subtracting(CountryDirectory.connectives)
    if !leftover.isEmpty {
      // Only a name that holds the best name's first word can hold the best name.
      for position in namesByWord[best.words[0]] ?? [] {
        let name = nameWords[position]
        guard name.index != best.index else { continue }
        if name.words.count > best.words.count,
          CountryDirectory.contains(name.words, best.words),
          !leftover.isDisjoint(with: name.words)
        {
          candidates.append(entries[name.index])
        }
      }
    }
    let distinct = CountryDirectory.unique(candidates)
    return distinct.count == 1 ? .country(distinct[0], lines: best.lines) : .ambiguous(distinct)
  }

  /// Words that join a name's parts and tell no country apart.
  private static let connectives: Set<Substring> = ["OF", "AND", "REPUBLIC", "STATE", "STATES"]

  /// Whether `words` holds `part` as a run of consecutive words.
  static func contains(_ words: [Substring], _ part: [Substring]) -> Bool {
    guard !part.isEmpty, part.count <= words.count else { return false }
    for start in 0...(words.count - part.count)
    where words[start..<(start + part.count)].elementsEqual(part) {
      return true
    }
    return false
  }

  /// `entries` without repeats, in their first order.
  private static func unique(_ entries: [Entry]) -> [Entry] {
    var seen = Set<String>()
    return entries.filter { seen.insert($0.code).inserted }
  }

  /// The country whose name or alias has exactly the key `words` (see ``matchKey(_:)``),
  /// with no designation taken off: for names in running text, looked up many times.
  public func entry(keyWords words: ArraySlice<String>) -> Entry? {
    var key = ""
    for word in words {
      if !key.isEmpty { key.append(" ") }
      key.append(word)
    }
    return indexByKey[key].map { entries[$0] }
  }

  /// Whether a name may end with `word`: false for most words of a text, cheaply.
  public func mayEndName(_ word: String) -> Bool {
    let letters = word.utf8.allSatisfy {
      (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "'")
    }
    guard letters else {
      return CountryDirectory.matchKey(word).split(separator: " ").last.map(lastWords.contains)
        ?? false
    }
    return lastWords.contains(Substring(word.uppercased()))
  }

  /// Whether the words of `mention` name `entry` or are part of one of its names: "Korea"
  /// may be said of North Korea's profile, "North Korea" not of South Korea's.
  public func mention(_ mention: some StringProtocol, couldName entry: Entry) -> Bool {
    let words = CountryDirectory.matchKey(mention).split(separator: " ")
    guard let index = indexByCode[entry.code] else { return false }
    return nameWords.contains { $0.index == index && CountryDirectory.contains($0.words, words) }
  }

  /// The country with ISO code `code`.
  public func entry(code: String) -> Entry? {
    indexByCode[code.uppercased()].map { entries[$0] }
  }

  /// Up to `limit` countries whose names are nearest to `name`, nearest first.
  public func suggestions(for name: String, limit: Int = 3) -> [Entry] {
    let key = Array(CountryDirectory.fold(name))
    var scored: [(distance: Int, index: Int)] = []
    for (index, entry) in entries.enumerated() {
      let best =
        ([entry.name] + entry.aliases).map {
          CountryDirectory.editDistance(key, Array(CountryDirectory.fold($0)))
        }.min() ?? Int.max
      scored.append((best, index))
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    return scored.prefix(limit).map { entries[$0.index] }
  }

  /// The key names are matched by: ``fold(_:)``, with "the" dropped and abbreviations spelt
  /// out (REP → REPUBLIC, DEM → DEMOCRATIC, ST → SAINT, FED → FEDERAL, STS → STATES,
  /// & → AND), so that the many ways one official name is printed meet.
  public static func matchKey(_ name: some StringProtocol) -> String { matchKey(String(name)) }

  /// ``matchKey(_:)-(StringProtocol)`` for a `String`, compiled for it.
  public static func matchKey(_ name: String) -> String {
    guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return key(ofFolded: fold(name)) }
    // ASCII: the folded words as key words, in one pass over the bytes (each byte is a
    // character, and a word is a key word's spelling exactly when its bytes are).
    let folded = foldedASCII(name)
    var key: [UInt8] = []
    key.reserveCapacity(folded.count + 8)
    var start = 0
    while start < folded.count {
      var end = start
      while end < folded.count && folded[end] != 0x20 { end += 1 }
      let word = folded[start..<end]
      start = end + 1
      guard !word.isEmpty else { continue }
      let spelling = spellings.first { word.elementsEqual($0.word.utf8) }
      guard let keyWord = spelling == nil ? word : spelling!.key.map({ ArraySlice($0.utf8) }) else {
        continue
      }
      if !key.isEmpty { key.append(0x20) }
      key.append(contentsOf: keyWord)
    }
    return String(decoding: key, as: UTF8.self)
  }

  /// The key of a ``fold(_:)``ed name: its words, split at each space character, as key
  /// words. What ``matchKey(_:)-(String)`` does for ASCII names in one pass.
  static func key(ofFolded folded: String) -> String {
    folded.split(separator: " ").compactMap(keyWord).joined(separator: " ")
  }

  /// Words as they stand in a key: "THE" stands for nothing, abbreviations for the word.
  private static let spellings: [(word: String, key: String?)] = [
    ("THE", nil), ("REP", "REPUBLIC"), ("DEM", "DEMOCRATIC"), ("ST", "SAINT"),
    ("FED", "FEDERAL"), ("STS", "STATES"), ("&", "AND"),
  ]

  /// A folded word as it stands in a key: spelt out, or `nil` for "THE".
  private static func keyWord(_ word: Substring) -> Substring? {
    guard let spelling = spellings.first(where: { word == $0.word }) else { return word }
    return spelling.key.map { Substring($0) }
  }

  /// The key words of one word of running text: ``matchKey(_:)`` of it, split; a plain
  /// ASCII word is upper-cased without folding.
  public static func keyWords(ofWord word: String) -> [String] {
    let plain = word.utf8.allSatisfy {
      (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "'")
    }
    guard plain else { return matchKey(word).split(separator: " ").map(String.init) }
    return keyWord(Substring(word.uppercased())).map { [String($0)] } ?? []
  }

  /// The comparison key of a name: upper case, no accents, `’` as `'`, no `().,`, single
  /// spaces.
  public static func fold(_ name: some StringProtocol) -> String {
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(name) }
    let plain = String(name).folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: nil
    ).uppercased()
    var out = ""
    out.reserveCapacity(plain.utf8.count)
    var pendingSpace = false
    for scalar in plain.unicodeScalars {
      switch scalar {
      case "(", ")", ".", ",":
        pendingSpace = true
      case "\u{2019}", "\u{2018}", "`":
        out.unicodeScalars.append("'")
      case _ where scalar.properties.isWhitespace || scalar == "-" || scalar == "\u{2013}":
        pendingSpace = true
      default:
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// ``fold(_:)`` for ASCII text, byte by byte.
  private static func foldASCII(_ name: some StringProtocol) -> String {
    String(decoding: foldedASCII(name), as: UTF8.self)
  }

  /// ``foldASCII(_:)`` as bytes.
  private static func foldedASCII(_ name: some StringProtocol) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(name.utf8.count)
    var pendingSpace = false
    for byte in name.utf8 {
      switch byte {
      case 0x28, 0x29, 0x2E, 0x2C, 0x2D, 0x20, 0x09, 0x0A, 0x0D:  // ( ) . , - and whitespace
        pendingSpace = true
      default:
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(byte == 0x60 ? 0x27 : (0x61...0x7A).contains(byte) ? byte - 32 : byte)
      }
    }
    return out
  }

  /// `Korea (Rep. of)` → `korea-rep-of`; `Côte d'Ivoire` → `cote-d-ivoire`.
  public static func slug(_ name: String) -> String {
    let plain = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .lowercased()
    var out = ""
    for scalar in plain.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty, !out.hasSuffix("-") {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }

  /// The least number of characters to insert, delete or replace to make `a` into `b`
  /// (Levenshtein).
  public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
