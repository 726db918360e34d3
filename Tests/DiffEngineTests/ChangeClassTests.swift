import DiffEngine
import ProfileModel
import Testing

/// Each change class, from the status move and the item sets, and how classes combine.
@Suite struct ChangeClassTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var before: IndicatorReading
    var after: IndicatorReading
    var classes: [ChangeClass]
    var direction: StatusChange.Direction?

    var testDescription: String { "\(classes.map(\.rawValue))" }
  }

  static func reading(_ status: IndicatorStatus, _ items: [String] = [], _ text: String = "t")
    -> IndicatorReading
  {
    IndicatorReading(id: "1.2.1", status: status, items: items, text: text)
  }

  static let cases: [Case] = [
    Case(
      before: reading(.absent), after: reading(.present), classes: [.established], direction: .up),
    Case(
      before: reading(.partial), after: reading(.present), classes: [.established], direction: .up),
    Case(before: reading(.absent), after: reading(.partial), classes: [.advanced], direction: .up),
    Case(
      before: reading(.present), after: reading(.partial), classes: [.regressed], direction: .down),
    Case(
      before: reading(.present), after: reading(.absent), classes: [.regressed], direction: .down),
    Case(
      before: reading(.partial), after: reading(.absent), classes: [.regressed], direction: .down),
    Case(
      before: reading(.unknown), after: reading(.present), classes: [.reassessed],
      direction: .unranked),
    Case(
      before: reading(.absent), after: reading(.unknown), classes: [.reassessed],
      direction: .unranked),
    Case(
      before: reading(.missing, [], ""), after: reading(.present, ["CERT-BZ"]),
      classes: [.appeared], direction: .unranked),
    Case(
      before: reading(.absent), after: reading(.missing, [], ""), classes: [.disappeared],
      direction: .unranked),
    Case(
      before: reading(.present, ["A Act"]), after: reading(.present, ["A Act", "B Law"]),
      classes: [.expanded]),
    Case(
      before: reading(.present, ["A Act", "B Law"]), after: reading(.present, ["B Law"]),
      classes: [.reduced]),
    Case(
      before: reading(.present, ["A Act"]), after: reading(.present, ["B Law"]),
      classes: [.expanded, .reduced]),
    Case(
      before: reading(.absent, [], "none yet"),
      after: reading(.present, ["CERT-BZ"], "known as CERT-BZ"),
      classes: [.established, .expanded], direction: .up),
    Case(
      before: reading(.present, ["A Act"]), after: reading(.absent, []),
      classes: [.regressed, .reduced], direction: .down),
    Case(
      before: reading(.present, [], "old words"), after: reading(.present, [], "new words"),
      classes: [.reworded]),
    Case(
      before: reading(.present, ["A Act", "B Law"]),
      after: reading(.present, ["b law", "A  Act."]),
      classes: [.reworded]),
  ]

  @Test(arguments: cases)
  func classesFollowFromStatusesAndItems(_ test: Case) {
    let change = IndicatorChange(id: "1.2.1", before: test.before, after: test.after)
    #expect(change.classes == test.classes)
    #expect(change.status?.direction == test.direction)
    #expect(change.status?.before == (test.direction == nil ? nil : test.before.status))
    // The reverse change is classified from the reversed readings.
    let reverse = IndicatorChange(id: "1.2.1", before: test.after, after: test.before)
    #expect(change.reversed == reverse)
  }

  @Test func everyStatusPairHasClassesAndStatusClassesExcludeEachOther() {
    let statusClasses: Set<ChangeClass> = [.established, .advanced, .regressed, .reassessed]
    for before in IndicatorStatus.allCases {
      for after in IndicatorStatus.allCases {
        for (added, removed) in [(false, false), (true, false), (false, true), (true, true)] {
          let classes = ChangeClass.classes(from: before, to: after, added: added, removed: removed)
          #expect(!classes.isEmpty)
          #expect(
            classes.filter(statusClasses.contains).count == (before == after ? 0 : 1)
              || classes == [.appeared] || classes == [.disappeared])
          #expect(
            classes
              == classes.sorted {
                ChangeClass.allCases.firstIndex(of: $0)! < ChangeClass.allCases.firstIndex(of: $1)!
              })
          if classes.contains(.reworded) { #expect(classes == [.reworded]) }
        }
      }
    }
  }

  @Test func aMissingReadingAndNoReadingAreBothAbsentSections() {
    let appeared = IndicatorChange(id: "9.9", before: nil, after: Self.reading(.present, ["X"]))
    #expect(appeared.classes == [.appeared])
    #expect(appeared.items?.added == ["X"])
    #expect(appeared.words == [WordRun(.inserted, "t")])
  }
}
