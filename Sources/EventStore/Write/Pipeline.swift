import Dispatch

/// Runs two stages of a batch job at once: while `consume` handles batch `i` on the calling
/// thread, `produce` makes batch `i + 1` on another.
///
/// Ingest uses it to parse, hash and compress the next documents while the store writes the
/// current ones; the writer is one thread whatever the number of cores. One batch made ahead,
/// not more: each one held costs about 5 MB of memory (128 documents read, parsed and
/// prepared), and two ahead measured no faster on two cores.
public func pipelined<Batch: Sendable>(
  batches count: Int, produce: @escaping @Sendable (Int) -> Batch,
  consume: (Int, Batch) throws -> Void
) rethrows {
  func start(_ index: Int) -> PipelineSlot<Batch> {
    let slot = PipelineSlot<Batch>()
    DispatchQueue.global().async {
      slot.value = produce(index)
      slot.ready.signal()
    }
    return slot
  }
  var next: PipelineSlot<Batch>? = count > 0 ? start(0) : nil
  for index in 0..<count {
    guard let slot = next else { break }
    slot.ready.wait()
    // Taken out of its slot, which the producing thread may still hold for a moment.
    let batch = slot.value!
    slot.value = nil
    next = index + 1 < count ? start(index + 1) : nil
    try consume(index, batch)
  }
}

/// A batch being made on another thread; `ready` is signalled once `value` is set.
private final class PipelineSlot<Batch>: @unchecked Sendable {
  var value: Batch?
  let ready = DispatchSemaphore(value: 0)
}
