import Foundation

/// The documents tests read: the real Belize profile and variations of it.
public enum Documents {
  /// The real Belize profile of 2 March 2015, as committed under `Snapshots/`.
  public static func belize() throws -> String {
    let url = SourceTree.root().appendingPathComponent("Snapshots/belize/2015-03-02.txt")
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  /// The Belize profile with the body of section `number` replaced by `body`.
  public static func belize(replacing number: String, with body: String) throws -> String {
    let lines = try belize().split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    guard let heading = lines.firstIndex(where: { $0.hasPrefix(number + " ") }) else {
      preconditionFailure("no section \(number) in the Belize profile")
    }
    var end = heading + 1
    while end < lines.count,
      !(lines[end].first?.isNumber ?? false) && !lines[end].hasPrefix("DISCLAIMER")
    {
      end += 1
    }
    let replaced = Array(lines[...heading]) + ["", body, ""] + Array(lines[end...])
    return replaced.joined(separator: "\n")
  }
}
