import Dispatch

/// Parsing many documents at once, on every core.
public enum IngestBatch {
  /// How many documents go into one store transaction.
  public static let size = 256

  /// The readings of `documents`, in order, parsed concurrently.
  public static func parse(_ documents: [[UInt8]], with parser: ProfileParser) -> [ParseResult] {
    let results = UnsafeMutableBufferPointer<ParseResult?>.allocate(capacity: documents.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let slots = SendableBuffer(results)
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      slots.buffer[index] = parser.parse(bytes: documents[index])
    }
    return results.map { $0! }
  }
}

/// A buffer written at distinct indices by concurrent iterations.
private struct SendableBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
