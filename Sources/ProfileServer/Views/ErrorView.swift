import EventStore
import HTTPTypes
import LedgerModel

/// The page of an error: its status and what was wrong.
struct ErrorView: PageView {
  var chrome: Chrome
  var status: Int
  var reason: String
  var message: String

  init(_ error: ServerError, head: LogHead?) {
    chrome = Chrome("\(error.status.code) \(error.status.reasonPhrase)", head: head)
    status = Int(error.status.code)
    reason = error.status.reasonPhrase
    message = error.message
  }
}
