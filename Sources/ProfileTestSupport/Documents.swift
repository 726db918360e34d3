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

  /// `text` with its "Last updated" date, 2 March 2015 in the seed, changed to `date`
  /// ("14 September 2015").
  public static func dated(_ text: String, _ date: String) -> String {
    text.replacingOccurrences(of: "Last updated on 2 March 2015", with: "Last updated on \(date)")
  }

  /// The revision of Belize the report and server tests share (dated 2 March 2015 until
  /// re-dated): a CIRT established (1.2.1), an act renamed, the population revised.
  public static func belizeWithCIRT() throws -> String {
    var text = try belize(
      replacing: "1.2.1",
      with: "Belize has an officially recognized national CIRT known as CERT-BZ.")
    text = text.replacingOccurrences(
      of: "- Electronic Transactions Act - Electronic Evidence Act.",
      with: "- Electronic Transactions Act 2015 - Electronic Evidence Act.")
    return text.replacingOccurrences(
      of: "Total Population: 324 000", with: "Total Population: 330 000")
  }

  /// Belize with its CIRT only being established (1.2.1 reads as partial).
  public static func belizeWorkingOnCIRT() throws -> String {
    try belize(
      replacing: "1.2.1", with: "Belize is presently working on establishing a national CIRT.")
  }
}
