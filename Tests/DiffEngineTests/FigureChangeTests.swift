import DiffEngine
import ProfileModel
import Testing

/// Background figures: exact deltas, relative deltas, sources, figures on one side only.
@Suite struct FigureChangeTests {
  static let itu = DataSource(name: "ITU Statistics", period: "December 2013")

  @Test func populationGrowthHasAbsoluteAndRelativeDeltas() throws {
    let change = FigureChange(
      id: "population", before: FigureReading(id: "population", value: "324000", source: Self.itu),
      after: FigureReading(id: "population", value: "340200", source: Self.itu))
    let delta = try #require(change.delta)
    #expect(delta.absolute == 16_200)
    #expect(delta.relative == 0.05)
    #expect(change.valueChanged && !change.sourceChanged)
  }

  @Test(
    arguments: [
      ("31.70", "31.90", 0.2), ("31.70", "31.5", -0.2), ("65.1", "65.10", nil), ("0", "12.5", 12.5),
      ("1000", "999", -1),
    ] as [(String, String, Double?)])
  func deltasAreExactOnThePrintedDecimals(_ old: String, _ new: String, _ absolute: Double?) {
    #expect(FigureDelta(from: old, to: new)?.absolute == absolute)
  }

  @Test func noRelativeDeltaFromZeroAndNoDeltaWithoutAValue() {
    #expect(FigureDelta(from: "0", to: "12.5")?.relative == nil)
    #expect(FigureDelta(from: nil, to: "12.5") == nil)
    #expect(FigureDelta(from: "12.5", to: nil) == nil)
    #expect(FigureDelta(from: "n/a", to: "12.5") == nil)
  }

  @Test func aSourceChangeAloneIsAChangeWithoutDelta() {
    let change = FigureChange(
      id: "internet-users",
      before: FigureReading(id: "internet-users", value: "31.70", source: Self.itu),
      after: FigureReading(
        id: "internet-users", value: "31.70",
        source: DataSource(name: "ITU Statistics", period: "December 2014")))
    #expect(change.delta == nil)
    #expect(change.sourceChanged && !change.valueChanged)
  }

  @Test func aFigureLeftOutIsAChangeOfValueAndSource() throws {
    var b = Readings.belize
    b.figures.removeLast()
    let diff = ProfileDiff(from: Readings.belize, to: b)
    let change = try #require(diff.figure("internet-users"))
    #expect(change.after == nil && change.valueChanged && change.sourceChanged)
    #expect(
      diff.figureOrder
        == ValueChange(before: ["population", "internet-users"], after: ["population"]))
    #expect(try diff.apply(to: Readings.belize) == b)
    #expect(try diff.reversed.apply(to: b) == Readings.belize)
  }
}
