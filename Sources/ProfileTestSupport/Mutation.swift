/// Random damage to a document, of the kinds real files suffer: lines lost, repeated or
/// swapped, bytes flipped or inserted (invalid UTF-8, NUL, CR, form feeds), truncation.
public enum Mutation: CaseIterable, Sendable {
  case deleteLine
  case duplicateLine
  case swapLines
  case flipByte
  case insertBytes
  case truncate
  case changeDigit
  case shoutLine
  case injectHeading

  /// `bytes` with this mutation applied at a random place.
  public func apply(to bytes: [UInt8], using rng: inout SeededRandom) -> [UInt8] {
    guard !bytes.isEmpty else { return [0x2D] }
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    func joined() -> [UInt8] { Array(lines.joined(separator: [0x0A])) }
    switch self {
    case .deleteLine:
      lines.remove(at: Int.random(in: 0..<lines.count, using: &rng))
      return joined()
    case .duplicateLine:
      let i = Int.random(in: 0..<lines.count, using: &rng)
      lines.insert(lines[i], at: Int.random(in: 0...lines.count, using: &rng))
      return joined()
    case .swapLines:
      lines.swapAt(
        Int.random(in: 0..<lines.count, using: &rng), Int.random(in: 0..<lines.count, using: &rng))
      return joined()
    case .flipByte:
      var out = bytes
      out[Int.random(in: 0..<out.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
      return out
    case .insertBytes:
      let pool: [[UInt8]] = [
        [0xFF], [0xC3], [0xE2, 0x80], [0x00], [0x0D], [0x0C], [0xEF, 0xBB, 0xBF],
        [0x5B, 0x5D, 0x28],
        Array("¡¯".utf8), Array(" - ".utf8), Array("(data source: ".utf8), Array("<http://".utf8),
      ]
      var out = bytes
      out.insert(
        contentsOf: pool.randomElement(using: &rng)!, at: Int.random(in: 0...out.count, using: &rng)
      )
      return out
    case .truncate:
      return Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
    case .changeDigit:
      var out = bytes
      let digits = out.indices.filter { (0x30...0x39).contains(out[$0]) }
      if let i = digits.randomElement(using: &rng) {
        out[i] = UInt8.random(in: 0x30...0x39, using: &rng)
      }
      return out
    case .shoutLine:
      let i = Int.random(in: 0..<lines.count, using: &rng)
      lines[i] = lines[i].map { (0x61...0x7A).contains($0) ? $0 - 32 : $0 }
      return joined()
    case .injectHeading:
      let headings = [
        "1.2.1 CIRT", "1.9.9 NEW SECTION", "2. CHILD ONLINE PROTECTION", "BACKGROUND",
        "CYBERWELLNESS PROFILE", "Last updated on 30 February 2015", "DISCLAIMER:", "- None.",
      ]
      lines.insert(
        Array(headings.randomElement(using: &rng)!.utf8),
        at: Int.random(in: 0...lines.count, using: &rng))
      return joined()
    }
  }
}
