import ArgumentParser
import Foundation
import Ingestion
import ProfileModel
import ProfileParsing
import Reports

extension Profiles {
  /// `profiles parse FILE`: prints a document's reading.
  struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the reading of one document: canonical JSON or a text summary.",
      discussion: """
        The JSON is the canonical form the ledger records (sorted keys, NFC text). \
        'document' prints the reading written back as a clean profile document, which reads \
        again to the same reading. \
        Diagnostics go to standard error; exits 1 if the document has errors.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case json
      case text
      case document
    }

    @Argument(help: "The document ('-' for standard input).")
    var path: String

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .json

    @Flag(
      help: """
        Print why each indicator has its status instead: the rule, the words of the text \
        that decided it, and what is marked for review.
        """)
    var explain = false

    @OptionGroup var supplied: SuppliedOptions

    mutating func run() throws {
      let result = ProfileParser.standard.parse(
        bytes: try DocumentFiles.text(path), supplied: try supplied.values())
      for diagnostic in result.diagnostics {
        StandardError.write(diagnostic.formatted(path: path))
      }
      guard let profile = result.profile else { throw ExitCode.failure }
      if explain {
        print(StatusExplanation().render(profile), terminator: "")
        return
      }
      switch format {
      case .json:
        let data = try CanonicalJSON.encode(profile.normalized(), pretty: true)
        FileHandle.standardOutput.write(data)
      case .text:
        print(ProfileSummary().render(profile), terminator: "")
      case .document:
        print(ProfileWriter().render(profile), terminator: "")
      }
    }
  }
}
