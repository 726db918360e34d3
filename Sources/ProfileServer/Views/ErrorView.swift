import EventStore
import HTTPTypes
import LedgerModel

/// The page of an error: its status and what was wrong, and for a country not known, the
/// recorded countries with a name or code near the one asked for.
struct ErrorView: PageView {
  var chrome: Chrome
  var status: Int
  var reason: String
  var message: String
  /// Each a recorded country's page (`Belize (BLZ)`), in place of the one asked for.
  var suggestions: [Link]

  init(_ error: ServerError, head: LogHead?, suggestions: [Link] = []) {
    chrome = Chrome("\(error.status.code) \(error.status.reasonPhrase)", head: head)
    status = Int(error.status.code)
    reason = error.status.reasonPhrase
    message = error.message
    self.suggestions = suggestions
  }
}
