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
    // The command that was run, once parsed: its errors come with its own usage line.
    var commandType: any ParsableCommand.Type = Profiles.self
    do {
      if let unknown = UnknownCommand(arguments: arguments, among: configuration.subcommands) {
        throw ValidationError(unknown.description)
      }
      var command = try parseAsRoot(arguments)
      commandType = type(of: command)
      if var asynchronous = command as? AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch {
      if Diff.reportsExitStatus(arguments), !(error is ExitCode),
        exitCode(for: error) != .success
      {
        StandardError.write(message(for: error, in: commandType))
        Foundation.exit(Diff.couldNotCompare)
      }
      if error is ValidationError, commandType != Profiles.self {
        StandardError.write(message(for: error, in: commandType))
        Foundation.exit(exitCode(for: error).rawValue)
      }
      exit(withError: error)
    }
  }

  /// What an error is told as: for a usage error of a command found by parsing, with that
  /// command's usage, named in full (`profiles diff …`).
  static func message(for error: any Error, in command: any ParsableCommand.Type) -> String {
    guard let usage = error as? ValidationError, command != Profiles.self else {
      return fullMessage(for: error)
    }
    let name = "profiles \(command._commandName)"
    return """
      Error: \(usage.message)
      Usage: \(usageString(for: command))
        See '\(name) --help' for more information.
      """
  }
}
