import Dispatch

/// Runs two stages of a batch job at once: while `consume` handles batch `i` on the calling
/// thread, `produce` makes the next `ahead` batches on others.
///
/// Ingest uses it to parse, hash and compress the next documents while the store writes the
/// current ones; the writer is one thread whatever the number of cores. With one batch made
/// ahead, a core idles whenever the two stages take unequal times: the producer, done first,
/// waits for the writer to take its batch, or the writer waits for the producer. Two ahead
/// keep both busy, for one more batch held in memory.
public func pipelined<Batch: Sendable>(
  batches count: Int, ahead: Int = 1, produce: @escaping @Sendable (Int) -> Batch,
  consume: (Int, Batch) throws -> Void
) rethrows {
  precondition(ahead >= 1, "a pipeline makes at least one batch ahead")
  func start(_ index: Int) -> PipelineSlot<Batch> {
    let slot = PipelineSlot<Batch>()
    DispatchQueue.global().async {
      slot.value = produce(index)
      slot.ready.signal()
    }
    return slot
  }
  // The batches in the making, in order: at most `ahead` beside the one being consumed.
  var making = (0..<min(ahead, count)).map(start)
  for index in 0..<count {
    let slot = making.removeFirst()
    slot.ready.wait()
    // Taken out of its slot, which the producing thread may still hold for a moment.
    let batch = slot.value!
    slot.value = nil
    if index + ahead < count { making.append(start(index + ahead)) }
    try consume(index, batch)
  }
}

/// A batch being made on another thread; `ready` is signalled once `value` is set.
private final class PipelineSlot<Batch>: @unchecked Sendable {
  var value: Batch?
  let ready = DispatchSemaphore(value: 0)
}
