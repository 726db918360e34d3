import Foundation
import ProfileModel

/// The kind of an event in a country's stream.
public enum EventKind: String, Hashable, Codable, Sendable {
  /// A reading recorded for a new effective date.
  case recorded
  /// A different reading for a date already recorded; the earlier one stays, superseded.
  case corrected
  /// A reading recorded in error; it stays in the log, no longer in effect.
  case withdrawn
  /// A person's review of one indicator of a revision (see ``Review``): its payload is the
  /// review, not a reading.
  case reviewed

  /// Whether the event records a reading of a document.
  public var recordsAReading: Bool { self == .recorded || self == .corrected }
}

/// One immutable event of the log: self-contained, and chained to the one before it.
public struct LedgerEvent: Hashable, Codable, Sendable {
  public var seq: Int
  public var kind: EventKind
  public var country: String
  public var streamVersion: Int
  public var effectiveDate: ProfileDate
  /// Transaction time, ISO 8601 UTC with microseconds.
  public var recordedAt: String
  public var parserVersion: Int
  public var catalog: String
  public var sourceHash: String?
  public var contentHash: String?
  public var supersedes: Int?
  public var prevHash: String
  public var hash: String
  /// The values of the event that were supplied when it was recorded, not read from its
  /// document (an undated document ingested with `--date`); empty for everything read.
  public var supplied: [SuppliedField] = []
  /// For a document whose text had to be extracted (a PDF): the SHA-256 of the text that was
  /// read, kept beside the document; `nil` for a document read as it is.
  public var textHash: String?
  /// What extracted that text, name, version and arguments (`pdftotext 24.02.0 -layout -enc
  /// UTF-8`); `nil` when nothing was extracted.
  public var extractor: String?

  /// The hash of the first event's predecessor.
  public static let genesisHash = String(repeating: "0", count: 64)

  /// SHA-256 over the previous hash and the event's canonical fields, hex. The reading and
  /// the source are covered through their own hashes, in hex. The supplied fields take part
  /// only when there are some, and the extracted text's hash and extractor only when there
  /// are those (after the supplied fields, empty if none), so that every event recorded
  /// before they existed keeps its hash.
  public static func chainHash(
    prevHash: String, seq: Int, kind: EventKind, country: String, streamVersion: Int,
    effectiveDate: ProfileDate, recordedAt: String, parserVersion: Int, catalog: String,
    sourceHash: String?, contentHash: String?, supersedes: Int?, supplied: [SuppliedField] = [],
    textHash: String? = nil, extractor: String? = nil
  ) -> String {
    chainDigest(
      prevHash: prevHash, seq: seq, kind: kind, country: country, streamVersion: streamVersion,
      effectiveDate: effectiveDate, recordedAt: recordedAt, parserVersion: parserVersion,
      catalog: catalog, sourceHash: sourceHash, contentHash: contentHash, supersedes: supersedes,
      supplied: supplied, textHash: textHash, extractor: extractor
    ).hex
  }

  /// The same hash as `chainHash`, as its bytes: for a store that keeps them.
  public static func chainDigest(
    prevHash: String, seq: Int, kind: EventKind, country: String, streamVersion: Int,
    effectiveDate: ProfileDate, recordedAt: String, parserVersion: Int, catalog: String,
    sourceHash: String?, contentHash: String?, supersedes: Int?, supplied: [SuppliedField] = [],
    textHash: String? = nil, extractor: String? = nil
  ) -> SHA256Hash {
    var optional: [String] = []
    if textHash != nil || extractor != nil {
      optional = [SuppliedField.stored(supplied) ?? "", textHash ?? "", extractor ?? ""]
    } else if let supplied = SuppliedField.stored(supplied) {
      optional = [supplied]
    }
    // Fields joined by a unit separator, which none of them can contain.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(256)
    for field in [
      prevHash, String(seq), kind.rawValue, country, String(streamVersion), effectiveDate.iso,
      recordedAt, String(parserVersion), catalog, sourceHash ?? "", contentHash ?? "",
      supersedes.map(String.init) ?? "",
    ] + optional {
      if !bytes.isEmpty { bytes.append(0x1F) }
      bytes.append(contentsOf: field.utf8)
    }
    return SHA256Hash(of: bytes)
  }

  /// Recomputes this event's hash from its fields.
  public var computedHash: String { computedDigest.hex }

  /// ``computedHash`` as its bytes.
  public var computedDigest: SHA256Hash {
    LedgerEvent.chainDigest(
      prevHash: prevHash, seq: seq, kind: kind, country: country, streamVersion: streamVersion,
      effectiveDate: effectiveDate, recordedAt: recordedAt, parserVersion: parserVersion,
      catalog: catalog, sourceHash: sourceHash, contentHash: contentHash, supersedes: supersedes,
      supplied: supplied, textHash: textHash, extractor: extractor)
  }

  public init(
    seq: Int, kind: EventKind, country: String, streamVersion: Int, effectiveDate: ProfileDate,
    recordedAt: String, parserVersion: Int, catalog: String, sourceHash: String? = nil,
    contentHash: String? = nil, supersedes: Int? = nil, prevHash: String, hash: String,
    supplied: [SuppliedField] = [], textHash: String? = nil, extractor: String? = nil
  ) {
    self.seq = seq
    self.kind = kind
    self.country = country
    self.streamVersion = streamVersion
    self.effectiveDate = effectiveDate
    self.recordedAt = recordedAt
    self.parserVersion = parserVersion
    self.catalog = catalog
    self.sourceHash = sourceHash
    self.contentHash = contentHash
    self.supersedes = supersedes
    self.prevHash = prevHash
    self.hash = hash
    self.supplied = supplied
    self.textHash = textHash
    self.extractor = extractor
  }
}

/// What recording one document did.
public enum IngestOutcome: String, Hashable, Codable, Sendable, CaseIterable {
  /// A new revision.
  case recorded
  /// The same reading was already recorded for that country and date; nothing written.
  case unchanged
  /// Same country and date, different reading: recorded as a correction.
  case corrected
  /// Older than the latest known revision: recorded and placed in date order.
  case backfilled
  /// Unreadable: nothing recorded.
  case rejected
}
