import DiffEngine
import EventStore
import LedgerModel
import ProfileModel
import Reports

/// What every page shows around its content: the title, the permalink and the log's head.
struct Chrome: Sendable {
  var title: String
  /// The page's dated address, when the address it was asked at is not already one.
  var permalink: String?
  var headSeq: Int
  var headHash: String
  /// The alternate representations of the page: JSON, Atom, raw text.
  var alternates: [Link] = []
}

/// A link: address and words.
struct Link: Sendable {
  var href: String
  var label: String
}

/// A score as a table cell: `45.0%` with `4.5/10` beside it, or `n/a`.
struct ScoreCell: Sendable {
  var percent: String
  var points: String
  var level: Int

  init(_ part: PolicyScore.Part?) {
    guard let part, let value = part.value else {
      percent = "n/a"
      points = part?.text ?? "-"
      level = -1
      return
    }
    percent = Format.percent(value)
    points = part.text
    level = Int((value * 4).rounded())
  }
}

/// A run of words on one side of a side-by-side diff.
struct WordSegment: Sendable {
  var text: String
  var deleted: Bool
  var inserted: Bool
}

/// Numbers and words the views share.
enum Format {
  /// `45.0%`.
  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// `+7.5`, `-5.0`, `0.0` percentage points; `n/a` when unknown.
  static func points(_ delta: Double?) -> String {
    guard let delta else { return "n/a" }
    let scaled = Int((delta * 1000).rounded())
    let text = "\(abs(scaled) / 10).\(abs(scaled) % 10)"
    return scaled < 0 ? "-" + text : (scaled == 0 ? text : "+" + text)
  }

  /// The two sides of a word diff: the before side keeps the deleted runs, the after side the
  /// inserted ones, both the equal ones.
  static func sides(_ runs: [WordRun]) -> (before: [WordSegment], after: [WordSegment]) {
    var before: [WordSegment] = []
    var after: [WordSegment] = []
    for run in runs {
      switch run.kind {
      case .equal:
        before.append(WordSegment(text: run.text + " ", deleted: false, inserted: false))
        after.append(WordSegment(text: run.text + " ", deleted: false, inserted: false))
      case .deleted:
        before.append(WordSegment(text: run.text, deleted: true, inserted: false))
        before.append(WordSegment(text: " ", deleted: false, inserted: false))
      case .inserted:
        after.append(WordSegment(text: run.text, deleted: false, inserted: true))
        after.append(WordSegment(text: " ", deleted: false, inserted: false))
      }
    }
    return (before, after)
  }

  /// The runs inline: equal words plain, deleted and inserted marked.
  static func inline(_ runs: [WordRun]) -> [WordSegment] {
    runs.map { run in
      WordSegment(
        text: run.text + " ", deleted: run.kind == .deleted, inserted: run.kind == .inserted)
    }
  }
}
