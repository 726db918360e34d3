import ProfileModel

/// The text extracted from a document that is not text (a PDF): what the reader read, and
/// what extracted it. The store keeps it beside the document, so that a reading can be made
/// again, and checked, without the extractor.
public struct ExtractedText: Hashable, Sendable {
  /// The text, UTF-8, as the extractor wrote it.
  public var bytes: [UInt8]
  /// What extracted it: name, version and arguments (`pdftotext 24.02.0 -layout -enc UTF-8`).
  public var extractor: String

  public init(bytes: [UInt8], extractor: String) {
    self.bytes = bytes
    self.extractor = extractor
  }

  /// The SHA-256 of the text, lower-case hex: the event's `text_hash`.
  public var hash: String { CanonicalJSON.sha256Hex(bytes) }
}

/// A document as the log holds it, with the revision that recorded it: its bytes as given
/// and, for a document that is not text (a PDF), the text that was read from it.
public struct StoredDocument: Hashable, Sendable {
  public var country: String
  public var date: ProfileDate
  /// The event that recorded a reading of it.
  public var seq: Int
  /// The document, byte for byte as it was ingested.
  public var bytes: [UInt8]
  /// The text extracted from it, when it is not text.
  public var extraction: ExtractedText?

  public init(
    country: String, date: ProfileDate, seq: Int, bytes: [UInt8], extraction: ExtractedText?
  ) {
    self.country = country
    self.date = date
    self.seq = seq
    self.bytes = bytes
    self.extraction = extraction
  }

  /// What the reader read: the extracted text, or the document itself.
  public var text: [UInt8] { extraction?.bytes ?? bytes }

  /// Whether the document is a PDF.
  public var isPDF: Bool { StoredDocument.isPDF(bytes) }

  /// Whether `bytes` are a PDF: they start with `%PDF-`, whatever the file is called.
  public static func isPDF(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.starts(with: Array("%PDF-".utf8))
  }
}
