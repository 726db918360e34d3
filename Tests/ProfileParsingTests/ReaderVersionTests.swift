import ProfileModel
import ProfileParsing
import Testing

/// The reader's version moves with the catalog it reads by.
@Suite struct ReaderVersionTests {
  /// The catalog digest each reader version read with. A change to
  /// `Schema/cyberwellness-2015.json` changes how stored documents read: it must come with a new
  /// `ProfileParser.version` (and a new line here), so that `rebuild --reparse` and ingest's
  /// "already read" shortcut know that readings stored before are out of date.
  static let catalogDigests: [Int: String] = [
    3: "8e5ab71c8baedbd7c0dc2f87270e1c94ff4a81b9a8b0e9de1f870e791f0588e7"
  ]

  @Test func theCatalogIsPinnedToTheReaderVersion() {
    let digest = IndicatorCatalog.cyberwellness2015.digest
    #expect(
      Self.catalogDigests[ProfileParser.version] == digest,
      """
      the catalog's digest is \(digest): if its rules changed, bump ProfileParser.version and \
      pin the new digest in ReaderVersionTests
      """)
  }

  @Test func theDigestFollowsTheRules() {
    var changed = IndicatorCatalog.cyberwellness2015
    changed.statusEvidence.affirmation.append("has a website")
    #expect(changed.digest != IndicatorCatalog.cyberwellness2015.digest)
    #expect(IndicatorCatalog.cyberwellness2015.digest.count == 64)
  }
}
