import ArgumentParser
import Foundation

/// `profiles`: keeps the history of country profile documents.
@main
struct Profiles: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "profiles",
    abstract:
      "Record and read the history of country profile documents (ITU Cyberwellness Profiles).",
    version: "0.1.0",
    subcommands: [
      Ingest.self, Countries.self, History.self, Show.self, Source.self, Diff.self, Blame.self,
      Changelog.self, Progress.self, Verify.self, Rebuild.self, Export.self, Import.self,
      Review.self, Check.self, Parse.self, Serve.self,
    ]
  )

  /// Runs the command the arguments name, as ArgumentParser's `main` does, with two
  /// differences: a misspelt command is named with the nearest commands (ArgumentParser
  /// would call it an unexpected argument), and `diff --exit-code` exits 2 on any error,
  /// since its 1 means that the revisions differ.
  static func main() async {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      if let unknown = UnknownCommand(arguments: arguments, among: configuration.subcommands) {
        throw ValidationError(unknown.description)
      }
      var command = try parseAsRoot(arguments)
      if var asynchronous = command as? AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch {
      if Diff.reportsExitStatus(arguments), !(error is ExitCode),
        exitCode(for: error) != .success
      {
        StandardError.write(fullMessage(for: error))
        Foundation.exit(Diff.couldNotCompare)
      }
      exit(withError: error)
    }
  }
}
