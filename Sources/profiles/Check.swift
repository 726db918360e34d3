import ArgumentParser
import Ingestion
import ProfileModel
import ProfileParsing

extension Profiles {
  /// `profiles check FILE…`: reads documents and reports every problem.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check that documents read as profiles; print diagnostics as path:line.",
      discussion: """
        Prints one line per document that reads, and every error and warning as \
        'path:line: error: message' on standard error. Directories are searched for .txt \
        files. Exits 1 when any document has errors (or warnings, with --strict).
        """
    )

    @Argument(help: "Documents or directories to check ('-' for standard input).")
    var paths: [String]

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print only diagnostics.")
    var quiet = false

    @OptionGroup var supplied: SuppliedOptions

    mutating func run() throws {
      let files = try DocumentFiles.expand(paths)
      let values = try supplied.values(for: files)
      var failed = 0
      for path in files {
        let text: [UInt8]
        do {
          text = try DocumentFiles.text(path)
        } catch let error as PDFTextError {
          // A PDF that gives no text fails alone, as a document that does not read.
          StandardError.write("\(path): error: \(error.reason)")
          failed += 1
          continue
        }
        let result = ProfileParser.standard.parse(bytes: text, supplied: values)
        for diagnostic in result.diagnostics {
          StandardError.write(diagnostic.formatted(path: path))
        }
        let fails = result.hasErrors || (strict && !result.warnings.isEmpty)
        if fails { failed += 1 }
        if !quiet, let profile = result.profile {
          let warnings = result.warnings.count
          let note = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
          let read = profile.indicators.filter { $0.status != .missing }.count
          let supplied = result.supplied.map { "; \($0.note)" }.joined()
          print(
            "\(path): ok: \(profile.country.name) (\(profile.country.code)), last updated "
              + "\(profile.lastUpdated.iso), \(read) of \(profile.indicators.count) sections"
              + "\(note)\(supplied)")
        }
      }
      if files.count > 1 && !quiet {
        print("\(files.count) documents: \(files.count - failed) ok, \(failed) failed")
      }
      if failed > 0 { throw ExitCode.failure }
    }
  }
}
