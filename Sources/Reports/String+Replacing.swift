extension String {
  /// The text with each occurrence of the ASCII character `byte` replaced by `replacement`.
  /// Foundation's `replacingOccurrences` goes through `NSString` on Linux, at several times
  /// the cost, and reports run this on every line they write.
  func replacing(ascii byte: UInt8, with replacement: String) -> String {
    guard utf8.contains(byte) else { return self }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + replacement.utf8.count * 4)
    for next in utf8 {
      if next == byte {
        bytes.append(contentsOf: replacement.utf8)
      } else {
        bytes.append(next)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
