import ArgumentParser

/// `profiles`: keeps the history of country profile documents.
@main
struct Profiles: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "profiles",
    abstract: "Read, record and compare country profile documents (ITU Cyberwellness Profiles).",
    version: "0.1.0",
    subcommands: [Check.self, Parse.self]
  )
}
