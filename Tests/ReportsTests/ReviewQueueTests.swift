import LedgerModel
import ProfileModel
import Reports
import Testing

/// The review queue: what the reader marked, and status moves over barely changed text.
@Suite struct ReviewQueueTests {
  func ref(_ seq: Int, _ number: Int, _ date: String) -> RevisionRef {
    RevisionRef(
      seq: seq, number: number, effectiveDate: ProfileDate(iso: date)!, recordedAt: "",
      contentHash: "")
  }

  var queue: ReviewQueue {
    let text = "Belize has an officially recognized national CIRT known as CERT-BZ"
    return ReviewQueue(
      marked: [
        MarkedReading(
          country: "JAM", revision: ref(9, 2, "2016-01-01"), indicator: "2.1", status: .unknown,
          reason: "no rule decides"),
        MarkedReading(
          country: "BLZ", revision: ref(1, 1, "2015-03-02"), indicator: "1.2.2", status: .absent,
          reason: "statements disagree"),
      ],
      moves: [
        // The same words, one added: a likely misreading.
        StatusMove(
          country: "BLZ", previous: ref(1, 1, "2015-03-02"), revision: ref(2, 2, "2015-09-14"),
          before: IndicatorReading(id: "1.2.1", status: .absent, text: text),
          after: IndicatorReading(id: "1.2.1", status: .present, text: text + " now")),
        // A rewritten section: a real change, not queued.
        StatusMove(
          country: "BLZ", previous: ref(1, 1, "2015-03-02"), revision: ref(2, 2, "2015-09-14"),
          before: IndicatorReading(id: "1.3.1", status: .absent, text: "There is no strategy."),
          after: IndicatorReading(
            id: "1.3.1", status: .present, text: "Belize adopted its national strategy in 2015.")),
      ])
  }

  @Test func entriesAreOldestFirstAndOnlyBarelyChangedMovesCount() {
    #expect(queue.entries.map(\.indicator) == ["1.2.2", "1.2.1", "2.1"])
    #expect(queue.entries[1].explanation == "moved from absent; the text is 91% the same")
    #expect(queue.entries[0].explanation == "marked: statements disagree")
  }

  @Test func theFormatsSayTheSame() {
    let text = queue.text()
    #expect(text.hasPrefix("BLZ  2015-03-02  #1  1.2.2  absent   marked: statements disagree\n"))
    #expect(text.contains("3 to review"))
    let csv = queue.csv().split(separator: "\r\n")
    #expect(csv.count == 4)
    #expect(
      csv[2] == "BLZ,2015-09-14,2,2,1.2.1,present,moved,moved from absent; the text is 91% the same"
    )
    let json = queue.json()
    #expect(json.contains(#""reason": "moved""#) && json.contains(#""similarity": 0.917"#))
    #expect(ReviewQueue(marked: [], moves: []).text() == "nothing to review\n")
  }

  @Test func warningsComeLastInTheirRevisionAndAreNotCountedAsToReview() {
    let revision = ref(1, 1, "2015-03-02")
    let queue = ReviewQueue(
      marked: [
        MarkedReading(
          country: "BLZ", revision: revision, indicator: "1.2.2", status: .absent,
          reason: "statements disagree")
      ], moves: [],
      warnings: [
        ReadingWarning(country: "BLZ", revision: revision, line: 40, message: "b"),
        ReadingWarning(country: "BLZ", revision: revision, line: 12, message: "a"),
      ])
    #expect(
      queue.entries.map(\.explanation) == [
        "marked: statements disagree", "warning at line 12: a", "warning at line 40: b",
      ])
    #expect(queue.text().contains("BLZ  2015-03-02  #1  -      -        warning at line 12: a\n"))
    #expect(queue.text().contains("1 to review, 2 warnings;"))
    #expect(queue.json().contains(#""reason": "warning""#))
    #expect(queue.json().contains(#""status": null"#))
    #expect(queue.csv().contains("BLZ,2015-03-02,1,1,-,-,warning,warning at line 40: b\r\n"))
  }
}
