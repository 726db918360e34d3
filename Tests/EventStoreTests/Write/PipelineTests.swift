import EventStore
import LedgerModel
import Testing

@Suite struct PipelineTests {
  @Test func everyBatchIsConsumedOnceInOrder() {
    var consumed: [Int] = []
    pipelined(
      batches: 7, produce: { $0 * 10 },
      consume: { index, value in
        #expect(value == index * 10)
        consumed.append(index)
      })
    #expect(consumed == Array(0..<7))
    pipelined(batches: 0, produce: { $0 }, consume: { _, _ in Issue.record("no batch expected") })
  }

  struct Stop: Error {}

  @Test func anErrorWhileConsumingStopsThePipeline() {
    var consumed: [Int] = []
    #expect(throws: Stop.self) {
      try pipelined(
        batches: 5, produce: { $0 },
        consume: { index, _ in
          consumed.append(index)
          if index == 2 { throw Stop() }
        })
    }
    #expect(consumed == [0, 1, 2])
  }
}
