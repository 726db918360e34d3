import Foundation
import ProfileTestSupport
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `profiles serve` as a process: it says it serves once it listens, and a port it cannot
/// listen on is one clear error.
@Suite struct ServeCommandTests {
  let profiles = CommandRunner()
  let directory: URL

  init() throws {
    directory = try temporaryDirectory("profiles-serve")
    let snapshots = SourceTree.root().appendingPathComponent("Snapshots").path
    let ingest = try profiles.run(["ingest", snapshots], in: directory)
    #expect(ingest.status == 0, "\(ingest.stderr)")
  }

  /// A socket listening on a port of the loopback address chosen by the system.
  final class Listener {
    let descriptor: Int32
    let port: Int

    init() throws {
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = 0
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      let listening = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
          bind(descriptor, pointer, length) == 0 && listen(descriptor, 1) == 0
            && getsockname(descriptor, pointer, &length) == 0
        }
      }
      guard listening else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        throw ListenerError(reason: reason)
      }
      self.descriptor = descriptor
      port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
  }

  struct ListenerError: Error, CustomStringConvertible {
    var reason: String
    var description: String { "cannot occupy a port: \(reason)" }
  }

  /// Runs `profiles serve` with `arguments`, ending it with SIGTERM after `seconds` should it
  /// still run.
  func serve(_ arguments: [String], seconds: Double = 60) throws
    -> (status: Int32, stdout: String, stderr: String)
  {
    let process = Process()
    process.executableURL = profiles.executable
    process.arguments = ["serve"] + arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [process] in
      if process.isRunning { process.terminate() }
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: stdout, as: UTF8.self),
      String(decoding: stderr, as: UTF8.self)
    )
  }

  @Test func aPortInUseIsOneClearErrorAndNothingIsServed() throws {
    let taken = try Listener()
    let outcome = try serve(["--port", String(taken.port)])
    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "Error: cannot listen on 127.0.0.1:\(taken.port): the address is already in use; "
        + "choose another with --port\n")
    #expect(outcome.stdout == "")
  }

  /// "serving on URL" is logged once the server listens: the URL answers.
  @Test func servingIsSaidOnceTheServerListens() async throws {
    let process = Process()
    process.executableURL = profiles.executable
    process.arguments = ["serve", "--port", "0"]
    process.currentDirectoryURL = directory
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    let serving = /serving profiles.sqlite read-only on (http:\/\/127.0.0.1:\d+\/)\n/
    var logged = ""
    while logged.firstMatch(of: serving) == nil {
      let data = err.fileHandleForReading.availableData
      if data.isEmpty { break }  // it ended
      logged += String(decoding: data, as: UTF8.self)
    }
    let url = try #require(logged.firstMatch(of: serving), "\(logged)")
    let (body, response) = try await URLSession.shared.data(from: URL(string: String(url.1))!)
    #expect((response as? HTTPURLResponse)?.statusCode == 200)
    #expect(String(decoding: body, as: UTF8.self).contains("Belize"))
    process.terminate()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}
