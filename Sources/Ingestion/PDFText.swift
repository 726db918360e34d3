import Dispatch
import Foundation

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
    bytes.starts(with: Array("%PDF-".utf8))
  }

  /// The extractor's name and arguments: the PDF on standard input, the text on standard
  /// output.
  static let arguments = ["-layout", "-enc", "UTF-8", "-", "-"]

  /// The UTF-8 text of the PDF `bytes` (read from `path`, named in errors).
  public static func extract(
    _ bytes: [UInt8], path: String, timeout: TimeInterval = 60,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> [UInt8] {
    guard let executable = executable(in: environment) else {
      throw PDFTextError.noExtractor(path: path)
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    // An extractor that stops reading (a PDF it refuses early) closes the pipe: the write
    // fails, instead of SIGPIPE ending this process.
    let previousHandler = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previousHandler) }
    do {
      try process.run()
    } catch {
      throw PDFTextError.noExtractor(path: path)
    }
    // The document goes in, and the text comes out, at the same time: a pipe holds only so
    // much.
    let writer = DispatchQueue(label: "pdftotext-input")
    writer.async {
      try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
      try? input.fileHandleForWriting.close()
    }
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
      throw PDFTextError.timedOut(path: path, seconds: Int(timeout.rounded()))
    }
    collected.wait()
    let stderr = String(decoding: messages, as: UTF8.self)
    guard process.terminationStatus == 0 else {
      if process.terminationStatus == 3 || stderr.contains("Incorrect password")
        || stderr.localizedCaseInsensitiveContains("encrypt")
      {
        throw PDFTextError.encrypted(path: path)
      }
      let reason =
        stderr.split(separator: "\n").first { $0.contains("Error") }.map(String.init)
        ?? "pdftotext exited with \(process.terminationStatus)"
      throw PDFTextError.unreadable(path: path, reason: reason)
    }
    // Form feeds end pages; a text layer has more than those and blanks.
    guard text.contains(where: { $0 > 0x20 }) else { throw PDFTextError.noText(path: path) }
    return [UInt8](text)
  }

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
