import ParallelMap
import ProfileModel
import Testing

/// `concurrentMap` gives the results in order and keeps none of them once they are dropped.
@Suite struct ConcurrentMapTests {
  final class Box: Sendable {
    let value: Int
    init(_ value: Int) { self.value = value }
  }

  final class Weak: @unchecked Sendable {
    weak var box: Box?
    init(_ box: Box) { self.box = box }
  }

  @Test func resultsAreInOrderAndReleasedWhenDropped() {
    var references: [Weak] = []
    do {
      let boxes = Array(0..<200).concurrentMap { Box($0 * 2) }
      #expect(boxes.map(\.value) == Array(0..<200).map { $0 * 2 })
      references = boxes.map(Weak.init)
    }
    #expect(references.allSatisfy { $0.box == nil })
  }
}
