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
