/// `/countries/C/source/D` and `/events/N/source`: a document as it was ingested.
struct SourceView: PageView {
  var chrome: Chrome
  var code: String
  var name: String
  var date: String
  var text: String
  var rawHref: String
  /// The reading of the document, unless a correction superseded it.
  var profileHref: String?
  var timeline: String
  var bytes: Int
}
