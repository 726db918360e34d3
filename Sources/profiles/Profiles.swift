import ArgumentParser

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

  /// Runs the command the arguments name, as ArgumentParser's `main` does, but for a
  /// misspelt command, which is named with the nearest commands (ArgumentParser would call
  /// it an unexpected argument).
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
      exit(withError: error)
    }
  }
}
