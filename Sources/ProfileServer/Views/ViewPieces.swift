import DiffEngine
import ProfileModel
import Reports

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

/// One change of a revision in a list: the indicator or figure, and how it moved.
struct ChangeLine {
  var title: String
  var status: String
  var classes: String
  var regressed: Bool

  init(_ change: IndicatorChange, format: ChangeFormat) {
    title = format.indicatorTitle(change.id)
    status = format.status(change)
    classes = format.classes(change)
    regressed = change.classes.contains(.regressed)
  }

  init(_ change: FigureChange, format: ChangeFormat) {
    title = format.figureLabel(change.id)
    status = format.figureChange(change)
    classes = ""
    regressed = false
  }
}

/// An option of a form's select: a revision to compare, a pillar to rank by.
struct SelectOption {
  var value: String
  var label: String
  var selected: Bool
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

  /// `absent → present`: a status before and after.
  static func move(_ before: IndicatorStatus, _ after: IndicatorStatus) -> String {
    "\(before.rawValue) → \(after.rawValue)"
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
