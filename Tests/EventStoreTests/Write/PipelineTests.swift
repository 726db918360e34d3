import EventStore
import Foundation
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

  /// Counts the batches alive at once: made and not yet released.
  final class Census: @unchecked Sendable {
    private let lock = NSLock()
    private var alive = 0
    private(set) var most = 0

    func born() {
      lock.withLock {
        alive += 1
        most = max(most, alive)
      }
    }

    func died() { lock.withLock { alive -= 1 } }
  }

  final class CountedBatch: @unchecked Sendable {
    let census: Census
    let index: Int

    init(_ index: Int, _ census: Census) {
      self.index = index
      self.census = census
      census.born()
    }

    deinit { census.died() }
  }

  /// Whatever the number of batches and however slow the consumer, at most two are held:
  /// the one consumed and the next one. Ingest's memory rests on it.
  @Test func noMoreThanTwoBatchesAreHeldAtOnce() {
    let census = Census()
    var consumed: [Int] = []
    pipelined(
      batches: 40, produce: { CountedBatch($0, census) },
      consume: { index, batch in
        #expect(batch.index == index)
        // A slow consumer: the producer is done with the next batch well before.
        if index % 8 == 0 { Thread.sleep(forTimeInterval: 0.05) }
        consumed.append(index)
      })
    #expect(consumed == Array(0..<40))
    #expect(census.most <= 2)
    // With a slow consumer, the next batch is made while it works.
    #expect(census.most == 2)
    // A slow producer too.
    let slow = Census()
    pipelined(
      batches: 10,
      produce: {
        Thread.sleep(forTimeInterval: 0.002)
        return CountedBatch($0, slow)
      }, consume: { _, _ in })
    #expect(slow.most <= 2)
  }
}
