import Testing

@testable import Reports

/// The writer's numbers and literals are written byte by byte, not through strings: they
/// must read as Swift prints them.
@Suite struct JSONWriterTests {
  @Test(arguments: [0, 7, 9, 10, 42, 99, 100, 1_234_567, -1, -10, -987, Int.max, Int.min])
  func integersAreWrittenAsSwiftPrintsThem(value: Int) {
    var writer = JSONWriter()
    writer.int(value)
    #expect(String(decoding: writer.finish(), as: UTF8.self) == "\(value)\n")
  }

  @Test(arguments: [0.0, -0.0, 1.0, -3.0, 0.5, 1.0 / 6.0, -0.125, 12e14, 2e15, 1e300])
  func doublesAreIntegralOrShortestRoundTrip(value: Double) {
    var writer = JSONWriter()
    writer.double(value)
    let expected =
      value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : value.description
    #expect(String(decoding: writer.finish(), as: UTF8.self) == expected + "\n")
  }

  @Test func keysAndLiterals() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.field("on", true)
    writer.field("off", false)
    writer.key("none")
    writer.null()
    writer.endObject()
    #expect(
      String(decoding: writer.finish(), as: UTF8.self)
        == "{\n  \"on\": true,\n  \"off\": false,\n  \"none\": null\n}\n")
  }
}
