import Foundation

/// The canonical serialisation of values: JSON with sorted keys, unescaped slashes and NFC
/// text, so that equal values always give equal bytes and equal hashes.
public enum CanonicalJSON {
  /// Encodes `value` canonically. `pretty` adds indentation for files people review; the
  /// compact form is what gets hashed.
  public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
      : [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(value)
    if pretty { data.append(0x0A) }
    return data
  }

  /// Lower-case hex SHA-256 of `data`.
  public static func sha256Hex(_ data: some DataProtocol) -> String {
    SHA256Hash(of: data).hex
  }
}

extension String {
  /// This string in Unicode Normalization Form C. Text that holds only characters that are
  /// NFC by themselves (ASCII, Latin-1 and Latin Extended letters, common punctuation) is
  /// returned as is, cheaply; anything else goes through the full normalisation.
  public var nfc: String {
    let stable =
      utf8.withContiguousStorageIfAvailable { bytes -> Bool in
        var i = 0
        while i < bytes.count {
          let b = bytes[i]
          if b < 0xCC {
            i += 1
          } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] >= 0x90 {
            i += 3  // U+2010–U+203F: dashes, quotes, bullets
          } else {
            return false
          }
        }
        return true
      } ?? false
    return stable ? self : precomposedStringWithCanonicalMapping
  }
}

extension Profile {
  /// This profile with every text in NFC, as canonical form requires.
  public func normalized() -> Profile {
    var copy = self
    copy.country.name = country.name.nfc
    copy.figures = figures.map { figure in
      var figure = figure
      figure.value = figure.value?.nfc
      figure.source = figure.source.map { DataSource(name: $0.name.nfc, period: $0.period.nfc) }
      return figure
    }
    copy.indicators = indicators.map { reading in
      IndicatorReading(
        id: reading.id, status: reading.status, items: reading.items.map(\.nfc),
        text: reading.text.nfc,
        evidence: reading.evidence.map {
          StatusEvidence(rule: $0.rule.nfc, words: $0.words.nfc, review: $0.review?.nfc)
        })
    }
    return copy
  }

  /// The canonical bytes of this profile: compact, sorted-key JSON of its NFC form.
  public func canonicalJSON() -> Data {
    Data(normalized().canonicalBytes().bytes)
  }

  /// The canonical JSON of this profile, which must be ``normalized()`` already, with where
  /// each indicator's reading lies in it: what a store needs to digest indicators one by
  /// one without writing them again.
  public func canonicalBytes() -> (bytes: [UInt8], indicators: [CanonicalIndicatorRange]) {
    var writer = CanonicalWriter(capacity: 8192)
    var ranges: [CanonicalIndicatorRange] = []
    writeCanonical(into: &writer, indicatorRanges: &ranges)
    // A copy as long as the reading, without the writer's spare capacity: a store holds the
    // readings of a batch in memory until it is written.
    return (writer.bytes.withUnsafeBufferPointer { Array($0) }, ranges)
  }

  /// The SHA-256 of ``canonicalJSON()``, hex: the identity of this reading.
  public var contentHash: String { CanonicalJSON.sha256Hex(canonicalJSON()) }
}
