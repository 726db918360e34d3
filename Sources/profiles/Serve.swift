import ArgumentParser
import EventStore
import Foundation
import LedgerModel
import Logging
import ProfileServer

extension Profiles {
  /// `profiles serve [--host H] [--port P]`.
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Serve the store read-only: web pages for auditors and a JSON API.",
      discussion: """
        Pages: / (countries), /countries/C (timeline), /countries/C/diff/FROM/TO, \
        /countries/C/blame/DATE, /countries/C/profile/DATE, /countries/C/source/DATE, \
        /countries/C/progress, /changelog, /changelog.atom, /progress, /reviews (the review \
        queue). JSON: /api/... as described by /openapi.json. Listens on loopback unless \
        --host says otherwise (--port 0: a port the system chooses); logs 'serving … on \
        URL' once it listens, then each request, to standard error; stops cleanly on SIGINT \
        or SIGTERM. Exits 1 when it cannot listen (the port is in use, …).
        """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @OptionGroup var store: StoreOptions

    @Option(
      name: .customLong("cache-pages"),
      help: "Rendered responses kept in memory until the store changes (0: render every request)."
    )
    var cachePages = 1024

    @Option(
      name: .customLong("log-level"),
      help: "Log level: trace, debug, info (each request), notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
      guard (0...65535).contains(port) else {
        throw ValidationError("--port \(port) is not a port (0–65535)")
      }
      guard cachePages >= 0 else {
        throw ValidationError("--cache-pages \(cachePages) is negative")
      }
      guard Logger.Level(rawValue: logLevel) != nil else {
        throw ValidationError("--log-level '\(logLevel)' is not a log level")
      }
    }

    func run() async throws {
      let level = Logger.Level(rawValue: logLevel) ?? .info
      LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
      }
      let ledger = try store.open(creating: false)
      var logger = Logger(label: "profiles.serve")
      logger.logLevel = level
      let site = try LedgerSite(
        ledger: ledger, options: LedgerSite.Options(cachedPages: cachePages), logger: logger)
      // A replica of a log on PostgreSQL fetches each commit as it is made, by any writer.
      let follower = try store.follower(for: ledger, logger: logger)
      let following = Task { await follower?.run() }
      defer { following.cancel() }
      do {
        try await site.serve(host: host, port: port) { [logger, path = store.path, host] port in
          logger.notice("serving \(path) read-only on http://\(host):\(port)/")
        }
      } catch let failure as ListenFailure {
        throw ProfilesError.cannotListen(failure)
      }
      logger.notice("stopped")
    }
  }
}
