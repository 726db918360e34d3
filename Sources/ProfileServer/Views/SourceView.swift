/// `/countries/C/source/D` and `/events/N/source`: a document as it was ingested, and the
/// text read from it.
struct SourceView: PageView {
  var chrome: Chrome
  var code: String
  var name: String
  var date: String
  /// What the reader read: the document, or the text extracted from it.
  var text: String
  /// The document as ingested.
  var rawHref: String
  /// For a document whose text was extracted (a PDF): what extracted it, and where the text
  /// is by itself.
  var extractor: String?
  var textHref: String
  /// `1200 bytes`: the text's size.
  var textSize: String
  /// The reading of the document, unless a correction superseded it.
  var profileHref: String?
  var timeline: String
  /// `1200 bytes`: the document's size.
  var size: String
}
