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
    3: "e8ece7025873a888670d32c7009b539e497c47b6231c32622368f7d4a99fec2c",
    4: "e8ece7025873a888670d32c7009b539e497c47b6231c32622368f7d4a99fec2c",
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
