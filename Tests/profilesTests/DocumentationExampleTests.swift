import Foundation
import ProfileTestSupport
import Testing

/// Every `console` example of the README and of `Documentation/` runs, in order, on a fresh
/// directory per file that sees the repository's folders, and prints what the page shows
/// (hashes and recorded times aside; see ``ConsoleMatcher``). A change of output fails here
/// until the documentation follows.
@Suite struct DocumentationExampleTests {
  static let root = SourceTree.root()

  static let pages: [String] = {
    let documentation = root.appendingPathComponent("Documentation")
    let pages = (try? FileManager.default.contentsOfDirectory(atPath: documentation.path)) ?? []
    return ["README.md"]
      + pages.filter { $0.hasSuffix(".md") }.sorted().map { "Documentation/\($0)" }
  }()

  @Test(arguments: pages)
  func theExamplesPrintWhatThePageShows(page: String) throws {
    let markdown = try String(
      contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
    let examples = ConsoleExample.examples(in: markdown, file: page)
    let directory = try temporaryDirectory("profiles-examples")
    defer { try? FileManager.default.removeItem(at: directory) }
    for folder in ["Snapshots", "Tests", "Documentation", "Scripts", "Schema"] {
      try FileManager.default.createSymbolicLink(
        at: directory.appendingPathComponent(folder),
        withDestinationURL: Self.root.appendingPathComponent(folder))
    }
    var session = ExampleSession(directory: directory)
    defer { session.stop() }
    var matcher = ConsoleMatcher()
    // With PROFILES_RECORD set, the page is written back with what the commands printed.
    let recording = ProcessInfo.processInfo.environment["PROFILES_RECORD"] != nil
    var recorded: [(example: ConsoleExample, printed: [String])] = []
    for example in examples {
      let printed = try session.run(example, substituting: matcher)
      let expected = example.expected.map(session.localized)
      if recording {
        // An example that differs is written anew; so is one showing hashes or times (but
        // no `…`), so that the page shows the values of one run, which agree.
        var probe = matcher
        let difference = probe.match(expected: expected, actual: printed)
        if difference == nil { matcher = probe }
        if difference != nil
          || (ConsoleMatcher.showVariableValues(expected)
            && !expected.contains { $0.contains("…") })
        {
          recorded.append((example, printed))
        }
        continue
      }
      if let difference = matcher.match(expected: expected, actual: printed) {
        Issue.record("\(page):\(example.line): $ \(example.command)\n\(difference)")
        return  // what follows depends on this one
      }
    }
    guard !recorded.isEmpty else { return }
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    for (example, printed) in recorded.reversed() {
      let start =
        example.line - 1
        + example.command.split(separator: "\n", omittingEmptySubsequences: false).count
      lines.replaceSubrange(start..<start + example.expected.count, with: printed)
    }
    // The page's earlier values, in commands too, become this run's.
    var text = lines.joined(separator: "\n")
    for (documented, printed) in matcher.values where documented != printed {
      text = text.replacingOccurrences(of: documented, with: printed)
    }
    try text.write(
      to: Self.root.appendingPathComponent(page), atomically: true, encoding: .utf8)
    Issue.record("\(page): \(recorded.count) examples recorded anew; check the diff")
  }

  /// The parser and the matcher themselves.
  @Test func examplesAreReadAndMatchedAsDocumented() {
    let markdown = """
      ```sh
      $ not an example
      ```
      ```console
      $ profiles verify
      3 events verified; head 8db041c8e6a2f9bcf909c13ae51aaefaa7e4fa83d9b37da1cf5cf81a2e352240
      $ profiles verify --head 8db041c8e6a2f9bcf909c13ae51aaefaa7e4fa83d9b37da1cf5cf81a2e352240 \\
          --db other.sqlite
      …
      done at 2026-11-29T13:54:20.457721Z in … s
      ```
      """
    let examples = ConsoleExample.examples(in: markdown, file: "x.md")
    #expect(examples.count == 2)
    #expect(examples[1].line == 7)
    #expect(examples[1].command.hasSuffix("\\\n    --db other.sqlite"))
    var matcher = ConsoleMatcher()
    let head = String(repeating: "a", count: 64)
    #expect(
      matcher.match(expected: examples[0].expected, actual: ["3 events verified; head \(head)"])
        == nil)
    #expect(matcher.substituted(examples[1].command).contains("--head \(head)"))
    #expect(
      matcher.match(
        expected: examples[1].expected,
        actual: ["one", "two", "done at 2027-01-01T00:00:00.000001Z in 0.2 s"]) == nil)
    // A value must come back the same wherever the page repeats it.
    #expect(
      matcher.match(
        expected: examples[0].expected,
        actual: ["3 events verified; head \(String(repeating: "b", count: 64))"]) != nil)
    #expect(matcher.match(expected: ["4 events"], actual: ["3 events"]) != nil)
  }
}

/// The commands of one page, run one after the other by bash in the same directory, with
/// `profiles` on the PATH; servers started in the background are stopped at the end.
struct ExampleSession {
  let directory: URL
  var lastStatus: Int32 = 0
  var background: [Process] = []
  /// The port a server of the page listens on, which the page's 8080 stands for: the server
  /// is asked for any free port (tests run side by side), and says which it took.
  var port: Int?

  init(directory: URL) {
    self.directory = directory
  }

  /// `text` with the page's server address on the port its server took.
  func localized(_ text: String) -> String {
    let asked = text.replacingOccurrences(of: "--port 8080", with: "--port 0")
    guard let port else { return asked }
    return asked.replacingOccurrences(of: "127.0.0.1:8080", with: "127.0.0.1:\(port)")
  }

  /// What `example` printed (standard output and error, in the order written), one string
  /// per line.
  mutating func run(_ example: ConsoleExample, substituting matcher: ConsoleMatcher) throws
    -> [String]
  {
    if example.asksForStatus { return ["\(lastStatus)"] }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    var command = localized(matcher.substituted(example.command))
    if example.isBackground {
      // The shell becomes the command, so that stopping it stops the server.
      command = "exec " + command.trimmingCharacters(in: .whitespaces).dropLast()
    }
    process.arguments = ["-c", command]
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    let binary = CommandRunner().executable.deletingLastPathComponent().path
    environment["PATH"] = binary + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["TZ"] = "UTC"
    for name in ["PROFILES_DB", "PROFILES_REVIEWER", "NO_COLOR"] {
      environment.removeValue(forKey: name)
    }
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    if example.isBackground {
      background.append(process)
      // A server says where it listens; wait until it has said as much as the page shows.
      let lines = try readLines(from: output, count: example.expected.count)
      if let address = lines.lazy.compactMap({ $0.firstMatch(of: /127\.0\.0\.1:(\d+)/) }).first {
        port = Int(address.1)
      }
      return lines
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    lastStatus = process.terminationStatus
    var lines = String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The first `count` lines `output` gives, waiting up to 10 s for them.
  private func readLines(from output: Pipe, count: Int) throws -> [String] {
    var text = ""
    let deadline = Date().addingTimeInterval(10)
    while text.split(separator: "\n").count < count, Date() < deadline {
      let data = output.fileHandleForReading.availableData
      if data.isEmpty { break }
      text += String(decoding: data, as: UTF8.self)
    }
    return text.split(separator: "\n").prefix(count).map(String.init)
  }

  func stop() {
    for process in background where process.isRunning {
      process.terminate()
      process.waitUntilExit()
    }
  }
}
