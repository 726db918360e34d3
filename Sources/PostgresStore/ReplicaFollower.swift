import EventStore
import Foundation
import Logging
import PostgresNIO

/// Keeps a replica up to date with its log while a server reads it: each commit to the log
/// notifies the channel `profiles_log`, on which the follower listens, and it fetches what
/// was appended; in case a notification is lost (the connection dropped, a writer of an
/// older version), it also asks every `interval`.
///
/// The replica's file changes when events arrive, which is how a server's page cache learns
/// that the store changed: no other signal is needed.
public struct ReplicaFollower: Sendable {
  let ledger: Ledger
  let address: PostgresAddress
  let password: String?
  let interval: Duration
  let logger: Logger
  /// Fetches one at a time, off Swift's cooperative threads (a fetch waits on the server).
  private let queue = DispatchQueue(label: "profiles.replica-follower")

  public init(
    ledger: Ledger, address: PostgresAddress, password: String?, interval: Duration = .seconds(5),
    logger: Logger
  ) {
    self.ledger = ledger
    self.address = address
    self.password = password
    self.interval = interval
    self.logger = logger
  }

  /// Follows the log until the task is cancelled.
  public func run() async {
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await listen() }
      group.addTask {
        while !Task.isCancelled {
          try? await Task.sleep(for: interval)
          await fetch()
        }
      }
      await group.waitForAll()
    }
  }

  /// Listens for commits, reconnecting after a failure. A failure that repeats (a standby,
  /// which cannot deliver notifications) is logged once; the follower then relies on asking.
  private func listen() async {
    var delay = Duration.milliseconds(200)
    var warned = false
    while !Task.isCancelled {
      do {
        let connection = try await PostgresConnection.connect(
          configuration: try address.connectionConfiguration(password: password), id: 2,
          logger: logger)
        defer { Task { try? await connection.close() } }
        let notifications = try await connection.listen(PostgresSharedLog.channel)
        delay = .milliseconds(200)
        warned = false
        // Commits made before the listening began.
        await fetch()
        for try await _ in notifications { await fetch() }
      } catch {
        if Task.isCancelled { return }
        let reason = PostgresStoreError.from(error, address: "\(address)")
        if warned {
          logger.debug("cannot listen for commits: \(reason)")
        } else {
          logger.warning(
            "cannot listen for commits: \(reason); asking every \(interval) instead")
          warned = true
        }
      }
      try? await Task.sleep(for: delay)
      delay = min(delay * 2, interval)
    }
  }

  /// Fetches what the replica lacks.
  private func fetch() async {
    await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
      queue.async {
        do {
          let fetched = try ledger.sync()
          if fetched > 0 { logger.debug("fetched \(fetched) events from \(address)") }
        } catch {
          logger.error("fetching from \(address): \(error)")
        }
        done.resume()
      }
    }
  }
}
