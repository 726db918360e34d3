import Dispatch

extension Array where Element: Sendable {
  /// `transform` applied to every element on every core; the results in order.
  ///
  /// Parsing and preparing documents are independent per document, so a batch spreads over
  /// the machine's cores; `transform` must not touch shared mutable state.
  public func concurrentMap<Result: Sendable>(_ transform: (Element) -> Result) -> [Result] {
    let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      // The results were copied out below: their slots must release them, or every result
      // (and all it holds) leaks.
      slots.deinitialize()
      slots.deallocate()
    }
    let shared = ConcurrentSlots(slots)
    withoutActuallyEscaping(transform) { transform in
      let work = SharedValue(transform)
      DispatchQueue.concurrentPerform(iterations: count) { index in
        shared.slots[index] = work.value(self[index])
      }
    }
    return slots.map { $0! }
  }
}

/// Result slots written at distinct indices by concurrent iterations.
private struct ConcurrentSlots<Element>: @unchecked Sendable {
  let slots: UnsafeMutableBufferPointer<Element>
  init(_ slots: UnsafeMutableBufferPointer<Element>) { self.slots = slots }
}

/// A value the concurrent iterations only read.
private struct SharedValue<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
