import Dispatch
import Foundation
import LedgerModel
import Synchronization

/// Why the text of a PDF cannot be had.
public enum PDFTextError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `pdftotext` is not on the PATH.
  case noExtractor(path: String)
  /// The extractor ran past its time limit and was stopped.
  case timedOut(path: String, seconds: Int)
  /// The PDF is encrypted.
  case encrypted(path: String)
  /// The PDF is damaged, or not a PDF after all.
  case unreadable(path: String, reason: String)
  /// The PDF has no text layer: a scan.
  case noText(path: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .noExtractor(let path), .timedOut(let path, _), .encrypted(let path),
      .unreadable(let path, _), .noText(let path):
      path
    }
  }

  /// What is wrong, without the file's name.
  public var reason: String {
    switch self {
    case .noExtractor:
      "it is a PDF, and reading one needs pdftotext (install Debian's poppler-utils: "
        + "apt-get install poppler-utils)"
    case .timedOut(_, let seconds):
      "pdftotext did not finish within \(seconds) s; stopped"
    case .encrypted:
      "the PDF is encrypted; decrypt it first (e.g. qpdf --decrypt)"
    case .unreadable(_, let reason):
      "the PDF is damaged (\(reason))"
    case .noText:
      "the PDF has no text layer (a scan?); it needs OCR first (e.g. ocrmypdf) to be read"
    }
  }

  public var description: String { "cannot read \(path): \(reason)" }
}

/// The text of PDF documents, as poppler's `pdftotext -layout -enc UTF-8` extracts it: run
/// as a subprocess, without a shell, with a time limit. The layout-preserving text is what
/// the reader's layout stage reads.
public enum PDFText {
  /// Whether `bytes` are a PDF: they start with `%PDF-`, whatever the file is called.
  public static func isPDF(_ bytes: some Collection<UInt8>) -> Bool {
    StoredDocument.isPDF(bytes)
  }

  /// The extractor's arguments, before the PDF's path and `-` (the text on standard output).
  static let arguments = ["-layout", "-enc", "UTF-8"]

  /// The UTF-8 text of the PDF `bytes` (read from `path`, named in errors).
  public static func extract(
    _ bytes: [UInt8], path: String, timeout: TimeInterval = 60,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(PDFTextError) -> [UInt8] {
    guard let executable = executable(in: environment) else {
      throw PDFTextError.noExtractor(path: path)
    }
    // The extractor reads the very bytes given (hashed by the caller), from a file of its
    // own: a PDF is read from anywhere in it, and no pipe is written to.
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("profiles-\(UUID().uuidString).pdf")
    do {
      try Data(bytes).write(to: file)
    } catch {
      throw PDFTextError.unreadable(
        path: path,
        reason: "cannot write a temporary copy: \((error as NSError).localizedDescription)")
    }
    defer { try? FileManager.default.removeItem(at: file) }
    guard
      let run = try? Subprocess.run(
        executable, arguments: arguments + [file.path, "-"], timeout: timeout)
    else { throw PDFTextError.noExtractor(path: path) }
    guard !run.timedOut else {
      throw PDFTextError.timedOut(path: path, seconds: Int(timeout.rounded()))
    }
    let stderr = String(decoding: run.errors, as: UTF8.self)
    guard run.status == 0 else {
      if run.status == 3 || stderr.contains("Incorrect password")
        || stderr.localizedCaseInsensitiveContains("encrypt")
      {
        throw PDFTextError.encrypted(path: path)
      }
      let reason =
        stderr.split(separator: "\n").first { $0.contains("Error") }.map(String.init)
        ?? "pdftotext exited with \(run.status)"
      throw PDFTextError.unreadable(path: path, reason: reason)
    }
    // Form feeds end pages; a text layer has more than those and blanks.
    guard run.output.contains(where: { $0 > 0x20 }) else { throw PDFTextError.noText(path: path) }
    return run.output
  }

  /// The text of the PDF `bytes`, with what extracted it (``extractor(environment:)``): what
  /// the store keeps beside a PDF.
  public static func extractText(
    _ bytes: [UInt8], path: String, timeout: TimeInterval = 60,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(PDFTextError) -> ExtractedText {
    let text = try extract(bytes, path: path, timeout: timeout, environment: environment)
    guard let extractor = extractor(environment: environment) else {
      throw PDFTextError.noExtractor(path: path)
    }
    return ExtractedText(bytes: text, extractor: extractor)
  }

  /// What extracts the text: `pdftotext`, its version as `pdftotext -v` gives it, and its
  /// arguments (`pdftotext 24.02.0 -layout -enc UTF-8`); `nil` without `pdftotext`. Asked
  /// once per executable.
  public static func extractor(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    guard let executable = executable(in: environment) else { return nil }
    return knownExtractors.withLock { known in
      if let name = known[executable.path] { return name }
      guard let run = try? Subprocess.run(executable, arguments: ["-v"], timeout: 10),
        !run.timedOut
      else { return nil }
      // "pdftotext version 24.02.0", on standard error (standard output in some builds).
      let banner = String(decoding: run.errors + run.output, as: UTF8.self)
      let version =
        banner.split(whereSeparator: \.isWhitespace)
        .drop { $0 != "version" }.dropFirst().first
        .map { String($0.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) }
      let name =
        (["pdftotext", version ?? "(version unknown)"] + arguments).joined(separator: " ")
      known[executable.path] = name
      return name
    }
  }

  private static let knownExtractors = Mutex<[String: String]>([:])

  /// `pdftotext` on the PATH of `environment`, if any.
  static func executable(in environment: [String: String]) -> URL? {
    let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for directory in directories {
      let url = URL(fileURLWithPath: String(directory)).appendingPathComponent("pdftotext")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }
}

/// A program run without a shell, with no input, its output and errors read as it runs (a
/// pipe holds only so much), stopped at a time limit.
enum Subprocess {
  struct Run {
    var status: Int32
    var output: [UInt8]
    var errors: [UInt8]
    var timedOut: Bool
  }

  /// Runs `executable` with `arguments`; throws if it cannot be started.
  static func run(_ executable: URL, arguments: [String], timeout: TimeInterval) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = errors
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    let collected = DispatchGroup()
    nonisolated(unsafe) var text = Data()
    nonisolated(unsafe) var messages = Data()
    DispatchQueue.global().async(group: collected) {
      text = output.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: collected) {
      messages = errors.fileHandleForReading.readDataToEndOfFile()
    }
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      _ = finished.wait(timeout: .now() + 2)
      return Run(status: -1, output: [], errors: [], timedOut: true)
    }
    collected.wait()
    return Run(
      status: process.terminationStatus, output: [UInt8](text), errors: [UInt8](messages),
      timedOut: false)
  }
}
