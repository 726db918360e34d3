import DiffEngine
import LedgerModel
import ProfileModel
import Reports

/// A score as a table cell: `45.0%` with `4.5/10` beside it, or `n/a`.
struct ScoreCell: Sendable, Encodable {
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
struct WordSegment: Sendable, Encodable {
  var text: String
  var deleted: Bool
  var inserted: Bool
}

/// One change of a revision in a list: the indicator or figure, and how it moved.
struct ChangeLine: Encodable {
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
struct SelectOption: Encodable {
  var value: String
  var label: String
  var selected: Bool
}

/// Numbers and words the views share.
enum Format {
  /// `1 revision`, `2 revisions`, `0 revisions`; `many` for a plural that is not `one` + s
  /// (`1 country`, `3 countries`).
  static func count(_ count: Int, _ one: String, _ many: String? = nil) -> String {
    "\(count) \(count == 1 ? one : many ?? one + "s")"
  }

  /// `45.0%`.
  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// `from 2015-06-01 to 2016-12-31`: a range of effective dates. An end not given is the
  /// store's first or latest revision, named so (`from 2013-01-01 (the first revision)`);
  /// `over all revisions` when neither is given nor known (an empty store).
  static func range(
    since: ProfileDate?, until: ProfileDate?, in stored: (first: ProfileDate, latest: ProfileDate)?
  ) -> String {
    let start = since?.iso ?? stored.map { "\($0.first.iso) (the first revision)" }
    let end = until?.iso ?? stored.map { "\($0.latest.iso) (the latest revision)" }
    let parts = [start.map { "from " + $0 }, end.map { "to " + $0 }].compactMap { $0 }
    return parts.isEmpty ? "over all revisions" : parts.joined(separator: " ")
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

/// A review standing on a reading, as the pages mark it: the reviewed value is shown in the
/// reading's place, and this says who reviewed it, when, in which event, why, and what the
/// reader read.
struct ReviewMark: Encodable {
  /// `reviewed`, `confirmed`, or `reviewed, reader agrees` (a correction the reader now
  /// reads the same).
  var verb: String
  /// `reviewed; read as absent`: the badge beside the status.
  var badge: String
  /// `reviewed by alice at 2026-… (event #5)`: the provenance, in one line.
  var provenance: String
  var reviewer: String
  var recordedAt: String
  /// The review's event.
  var seq: Int
  var note: String
  /// What the reader read: its status and items.
  var machineStatus: String
  var machineItems: [String]
  /// Whether the reviewed items differ from the reader's (the reader's are then listed).
  var itemsChanged: Bool
  /// The revision reviewed, when the review stands here because this revision reads the
  /// indicator the same (or corrected the revision reviewed).
  var carriedFrom: Link?

  /// The mark of `reading` on the revision recorded by event `seq` of `country`.
  init(_ reading: ReviewedReading, country: String, seq: Int) {
    let review = reading.review
    verb = review.verdict.label(changingTheReading: reading.changesTheReading)
    badge = "\(verb); read as \(reading.machineStatus.rawValue)"
    reviewer = review.reviewer
    recordedAt = review.recordedAt
    self.seq = review.seq
    note = review.note
    machineStatus = reading.machineStatus.rawValue
    machineItems = reading.machineItems
    itemsChanged = reading.items != reading.machineItems
    carriedFrom =
      review.revision == seq
      ? nil
      : Link(
        href: Paths.profile(country, review.effectiveDate) + "#indicator-\(review.subject.id)",
        label: "event #\(review.revision), dated \(review.effectiveDate.iso)")
    provenance = "\(verb) by \(reviewer) at \(recordedAt) (event #\(review.seq))"
  }
}
