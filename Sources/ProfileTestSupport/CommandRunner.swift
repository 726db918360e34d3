import Foundation

/// Runs the built `profiles` binary the way a user does, capturing its output.
public struct CommandRunner: Sendable {
  public struct Outcome: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Standard output byte for byte, for output that is not text.
    public var stdoutBytes: Data = Data()
  }

  public let executable: URL

  /// The `profiles` binary of this build: beside the test bundle, or in `.build/debug`.
  public init(filePath: String = #filePath) {
    let beside = Bundle.main.bundleURL.appendingPathComponent("profiles")
    if FileManager.default.isExecutableFile(atPath: beside.path) {
      executable = beside
    } else {
      executable = SourceTree.root(from: filePath).appendingPathComponent(".build/debug/profiles")
    }
  }

  /// Runs another executable the same way.
  public init(executable: URL) {
    self.executable = executable
  }

  public func run(
    _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
    environment: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a large output cannot fill a pipe and stall.
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self), stdoutBytes: stdoutData)
  }
}

extension CommandRunner {
  /// One of the command's output streams.
  public enum Stream: Sendable {
    case standardOutput
    case standardError
  }

  /// Runs the binary with `terminal` on a pseudo-terminal, as when a user runs it in a
  /// terminal window, and the other output stream on a pipe. The terminal is in raw mode, so
  /// that what is read from it is exactly the bytes the command wrote (no `\n` turned into
  /// `\r\n`); they are returned as that stream's output.
  public func run(
    _ arguments: [String], terminal: Stream, in directory: URL? = nil,
    environment: [String: String] = [:]
  ) throws -> Outcome {
    let (controller, device) = try PseudoTerminal.open()
    defer { close(controller) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let screen = FileHandle(fileDescriptor: device, closeOnDealloc: false)
    let pipe = Pipe()
    process.standardOutput = terminal == .standardOutput ? screen : pipe
    process.standardError = terminal == .standardError ? screen : pipe
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      close(device)
      throw error
    }
    // The command holds the terminal now; once it exits, reading it ends.
    close(device)
    let shown = PseudoTerminal.Reader(controller)
    let piped = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let terminalData = shown.wait()
    let stdout = terminal == .standardOutput ? terminalData : piped
    let stderr = terminal == .standardError ? terminalData : piped
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
  }
}

/// A pseudo-terminal for a child process: the controlling side the test reads, the device
/// the child writes to.
enum PseudoTerminal {
  struct Failure: Error, CustomStringConvertible {
    var step: String
    var code: Int32
    var description: String { "\(step): \(String(cString: strerror(code)))" }
  }

  /// A new pseudo-terminal, its device in raw mode.
  static func open() throws -> (controller: Int32, device: Int32) {
    var controller: Int32 = -1
    var device: Int32 = -1
    var settings = termios()
    cfmakeraw(&settings)
    guard openpty(&controller, &device, nil, &settings, nil) == 0 else {
      throw Failure(step: "openpty", code: errno)
    }
    return (controller, device)
  }

  /// Reads the controlling side on another thread until every holder of the device has
  /// closed it.
  final class Reader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ controller: Int32) {
      Thread.detachNewThread { [self] in
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
          let count = read(controller, &buffer, buffer.count)
          if count > 0 {
            data.append(contentsOf: buffer[0..<count])
          } else if count < 0 && errno == EINTR {
            continue
          } else {
            break  // 0, or EIO once the device is closed
          }
        }
        done.signal()
      }
    }

    /// All that was written to the terminal.
    func wait() -> Data {
      done.wait()
      return data
    }
  }
}
