/// The first or last character of a text held as UTF-8 bytes.
///
/// The reader asks a few questions about the characters at the edges of lines and items
/// (does the line start in lower case, does the item end with a full stop). They must be
/// answered as `Character` would, with Unicode's grapheme rules: a combining accent after
/// an ASCII letter is part of its character. Nearly always the answer needs no Unicode
/// tables: an ASCII byte whose neighbour cannot join it is a character by itself. Otherwise
/// the character is read from a `String` of the text.
enum EdgeCharacter {
  /// A character that is a single ASCII scalar.
  case ascii(UInt8)
  /// Any other character.
  case other(Character)

  /// The first character of `text`, if any.
  static func first(of text: UnsafeBufferPointer<UInt8>) -> EdgeCharacter? {
    guard let byte = text.first else { return nil }
    if byte < 0x80 {
      if text.count == 1 || !extendsCharacter(text, at: 1) { return .ascii(byte) }
    } else if let scalar = scalar(in: text, at: 0), isPlain(scalar) {
      let length = byte < 0xE0 ? 2 : 3
      if text.count == length || !extendsCharacter(text, at: length) {
        return .other(Character(Unicode.Scalar(scalar)!))
      }
    }
    return text.string.first.map(EdgeCharacter.other)
  }

  /// The last character of `text`, if any.
  static func last(of text: UnsafeBufferPointer<UInt8>) -> EdgeCharacter? {
    guard let byte = text.last else { return nil }
    if byte < 0x80 {
      if text.count == 1 || !prependsCharacter(text, before: text.count - 1) {
        return .ascii(byte)
      }
    } else {
      var start = text.count - 1
      while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
      if let scalar = scalar(in: text, at: start), isPlain(scalar),
        start == 0 || !prependsCharacter(text, before: start)
      {
        return .other(Character(Unicode.Scalar(scalar)!))
      }
    }
    return text.string.last.map(EdgeCharacter.other)
  }

  /// Its length in UTF-8 bytes.
  var utf8Count: Int {
    switch self {
    case .ascii: 1
    case .other(let character): character.utf8.count
    }
  }

  var isUppercase: Bool {
    switch self {
    case .ascii(let byte): byte &- 0x41 < 26
    case .other(let character): character.isUppercase
    }
  }

  var isLowercase: Bool {
    switch self {
    case .ascii(let byte): byte &- 0x61 < 26
    case .other(let character): character.isLowercase
    }
  }

  var isLetter: Bool {
    switch self {
    case .ascii(let byte): byte &- 0x41 < 26 || byte &- 0x61 < 26
    case .other(let character): character.isLetter
    }
  }

  /// Whether the character is one of `characters` (compared as `Character`s are).
  func isOne(of characters: String) -> Bool {
    switch self {
    case .ascii(let byte): characters.utf8.contains(byte)
    case .other(let character): characters.contains(character)
    }
  }

  /// Latin letters and the common typographic punctuation (dashes, quotes, bullets): scalars
  /// that are characters by themselves unless a combining mark follows.
  @inline(__always)
  private static func isPlain(_ scalar: UInt32) -> Bool {
    (0x80..<0x300).contains(scalar) || (0x2010...0x2027).contains(scalar)
  }

  /// Whether the scalar at `index` may belong to the character before it (a combining mark,
  /// a joiner, a spacing mark). Answers `true` for any scalar it does not know to be safe.
  @inline(__always)
  private static func extendsCharacter(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let lead = text[index]
    if lead < 0x80 { return false }
    guard let scalar = scalar(in: text, at: index) else { return true }
    // Latin letters and modifiers, general punctuation (quotes, dashes): never extending.
    return
      !(scalar < 0x300 || (0x2010...0x2027).contains(scalar)
      || (0x2030...0x205E).contains(scalar))
  }

  /// Whether the scalar that ends just before `index` may join the character after it:
  /// Unicode's prepended concatenation marks (all from U+0600 on, outside U+2000–U+FFFF),
  /// and the zero-width joiner before an emoji.
  @inline(__always)
  private static func prependsCharacter(_ text: UnsafeBufferPointer<UInt8>, before index: Int)
    -> Bool
  {
    var start = index - 1
    if text[start] < 0x80 { return false }
    while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
    guard let scalar = scalar(in: text, at: start) else { return true }
    // A zero-width joiner joins an emoji after it (© and ® count as such).
    return scalar == 0x200D || !(scalar < 0x600 || (0x2000...0xFFFF).contains(scalar))
  }

  /// The value of the scalar whose lead byte is at `index`, if the bytes are well formed.
  private static func scalar(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
    let lead = text[index]
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC0...0xDF:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...0xF7:
      length = 4
      value = UInt32(lead & 0x07)
    default:
      return nil
    }
    guard index + length <= text.count else { return nil }
    for offset in 1..<length {
      value = value << 6 | UInt32(text[index + offset] & 0x3F)
    }
    return value
  }
}
