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
}
