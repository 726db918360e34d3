import LedgerModel
import ProfileModel

extension Blame {
  /// For each indicator and figure of the latest revision of `history`, the revision that
  /// introduced its reading: where its last run of equal readings began. A figure that a
  /// revision leaves out starts a new run when it is given again; an indicator's run goes on
  /// over a revision without it.
  public init(history: ReadingHistory) {
    let revisions = history.revisions.map(\.ref)
    let current = revisions[revisions.count - 1]
    let bySeq = Dictionary(uniqueKeysWithValues: revisions.map { ($0.seq, $0) })

    var runs: [String: (key: Int64, start: Int, count: Int)] = [:]
    for revision in history.revisions {
      for (indicator, key) in revision.indicators {
        if let run = runs[indicator], run.key == key {
          runs[indicator]?.count = run.count + 1
        } else {
          runs[indicator] = (key, revision.ref.seq, 1)
        }
      }
    }
    let indicators = history.latest.compactMap { reading -> Line? in
      guard let run = runs[reading.id], let introducedBy = bySeq[run.start] else { return nil }
      return Line(
        id: reading.id, status: reading.status, items: reading.items, value: nil, source: nil,
        introducedBy: introducedBy, revisions: run.count, review: reading.review)
    }

    var figureRuns: [String: (value: String?, start: Int, count: Int, lastSeq: Int)] = [:]
    var previousSeq: Int?
    for revision in history.revisions {
      let seq = revision.ref.seq
      for figure in revision.figures {
        if let run = figureRuns[figure.id], run.value == figure.value, run.lastSeq == previousSeq {
          figureRuns[figure.id] = (figure.value, run.start, run.count + 1, seq)
        } else {
          figureRuns[figure.id] = (figure.value, seq, 1, seq)
        }
      }
      previousSeq = seq
    }
    let figures = history.latestFigures.compactMap { figure -> Line? in
      guard let run = figureRuns[figure.id], let introducedBy = bySeq[run.start] else {
        return nil
      }
      return Line(
        id: figure.id, status: nil, items: [], value: run.value, source: figure.source,
        introducedBy: introducedBy, revisions: run.count)
    }
    self.init(
      country: history.country, revision: current, revisionsInEffect: revisions.count,
      indicators: indicators, figures: figures)
  }
}
