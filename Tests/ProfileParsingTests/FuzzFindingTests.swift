import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Inputs `Scripts/fuzz` found, kept as fixtures (`Fixtures/fuzz-*.txt`), each with what it
/// must read as. `FixtureTests` also holds them to their golden readings and the writer.
@Suite struct FuzzFindingTests {
  static func read(_ name: String) throws -> ParseResult {
    let url = SourceTree.directory().appendingPathComponent("Fixtures/\(name).txt")
    return ProfileParser.standard.parse(try Data(contentsOf: url))
  }

  /// A link the converter broke (`Cybercrime](#)`, its `[` lost) before two links on the
  /// same line: the writer took the stray `]` for the end of a link around them, left them
  /// plain, and the rendered document read without the two items.
  @Test func aStrayClosingBracketDoesNotHideTheLinksAfterIt() throws {
    let profile = try #require(try Self.read("fuzz-3e2d00d5").profile)
    let certification = try #require(profile.indicator("1.2.3"))
    #expect(certification.items == ["APCERT", "FIRST"])
    #expect(certification.text.contains("Cybercrime](#), and CERT Australia is a member of APCERT"))
    let rendered = ProfileWriter().render(profile)
    #expect(rendered.contains("Cybercrime](#), and CERT Australia is a member of [APCERT](#)"))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A data source (read as the second figure's) whose link lost its `[` (`žUnited Nations Statistics Division](#), …`)
  /// reads as a plain name with `](#)` in it; written back inside a link, the name's own `]`
  /// closed the link early and the period read as `](#), December 2012`.
  @Test func aDataSourceNameWithABracketIsWrittenWithoutALink() throws {
    let profile = try #require(try Self.read("fuzz-f5ed10b6").profile)
    let source = try #require(profile.figure("internet-users")?.source)
    #expect(source.name == "žUnited Nations Statistics Division](#)")
    #expect(source.period == "December 2012")
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A `[` that opens nothing (`M[uritius is a member of the [ITU-IMPACT](#) initiative`)
  /// before a link on the same line: the reader took everything from it to the link's `]` as
  /// one link, `uritius is a member of the [ITU-IMPACT`, which the writer could not render
  /// back. The inner `[` starts the link; the earlier one is text, and the writer links the
  /// item after it.
  @Test func aBracketThatOpensNothingIsTextBeforeALink() throws {
    let profile = try #require(try Self.read("fuzz-c8734025").profile)
    let membership = try #require(profile.indicator("1.5.4"))
    #expect(membership.items == ["ITU-IMPACT", "FIRST"])
    #expect(
      membership.text
        == "M[uritius is a member of the ITU-IMPACT initiative, and CERT-MU is a member of FIRST.")
    let rendered = ProfileWriter().render(profile)
    #expect(
      rendered.contains(
        "M[uritius is a member of the [ITU-IMPACT](#) initiative, and CERT-MU is a member of "
          + "[FIRST](#)."))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A data source (`[Uinistry … for [CICTE-OAS](#) … strengthennited Nations Statistics
  /// Division](#), December 2012`) whose first `[` opens nothing and whose last link lost its
  /// `[`: the name reads with a `[` and a `](#)` of its own, which, written as it reads, were
  /// read back as a link around the whole name. The writer escapes them.
  @Test func aDataSourceNameThatWouldReadAsALinkIsEscaped() throws {
    let profile = try #require(try Self.read("fuzz-187fa58f").profile)
    let source = try #require(profile.figure("population")?.source)
    #expect(source.name.hasPrefix("[Uinistry of National Security"))
    #expect(source.name.contains("for CICTE-OAS is presently"))
    #expect(source.name.hasSuffix("strengthennited Nations Statistics Division](#)"))
    #expect(source.period == "December 2012")
    let rendered = ProfileWriter().render(profile)
    #expect(rendered.contains("(data source: [[]()Uinistry of National Security"))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }

  /// The same in a section's text: `[the [](#)Ministry](#)` reads as `[the Ministry](#)` with
  /// no link, and the writer must not let it read back as a link.
  @Test func sectionTextThatWouldReadAsALinkIsEscaped() throws {
    let document = try Documents.belize(
      replacing: "1.5.4",
      with: "Belize is a member of the [ITU-IMPACT](#) initiative; see [the [](#)Ministry](#).")
    let profile = try #require(ProfileParser.standard.parse(text: document).profile)
    let cooperation = try #require(profile.indicator("1.5.4"))
    #expect(cooperation.items == ["ITU-IMPACT"])
    #expect(cooperation.text.hasSuffix("initiative; see [the Ministry](#)."))
    let rendered = ProfileWriter().render(profile)
    #expect(rendered.contains("[ITU-IMPACT](#) initiative; see [[]()the Ministry](#)."))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A document whose only indicator heading (2.3) has no text: every section reads as
  /// missing, and the writer, which leaves missing sections out, rendered a document with no
  /// indicator heading at all, which does not read. With every section missing, the writer
  /// writes their headings without text.
  @Test func aReadingWithEverySectionMissingIsWrittenWithItsHeadings() throws {
    let profile = try #require(try Self.read("fuzz-934ac009").profile)
    #expect(profile.indicators.count == 21)
    #expect(profile.indicators.allSatisfy { $0.status == .missing })
    let rendered = ProfileWriter().render(profile)
    #expect(rendered.contains("\n2.3 INSTITUTIONAL SUPPORT\n"))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A link wrapped after its `[` (`the [` / `Convention on the Rights of the Child](#)`): the
  /// joined lines put a space on each side of the `[`, and the text read `the  Convention`
  /// with two spaces, which the writer's document read back with one. Markup never doubles a
  /// space at its edges.
  @Test func aLinkWrappedAfterItsBracketReadsWithOneSpace() throws {
    let profile = try #require(try Self.read("fuzz-2b87d7ad").profile)
    let protocols = try #require(profile.indicator("2.2"))
    #expect(protocols.items == ["Convention on the Rights of the Child"])
    #expect(protocols.text.contains("34(c), the Convention on the Rights of the Child.\n"))
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }

  /// An empty link between two spaces reads as one space.
  @Test func anEmptyLinkBetweenSpacesLeavesOneSpace() throws {
    let document = try Documents.belize(
      replacing: "1.5.4", with: "Belize is a member of [](#) the [ITU-IMPACT](#) initiative.")
    let profile = try #require(ProfileParser.standard.parse(text: document).profile)
    let cooperation = try #require(profile.indicator("1.5.4"))
    #expect(cooperation.text == "Belize is a member of the ITU-IMPACT initiative.")
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A list item followed by a continuation line that is only `;` (`- Electruments:` / `;`):
  /// the item read `Electruments:` (its `;` cleaned off, but not the `:` before the space),
  /// while the writer's `- Electruments:` read back as `Electruments`. An item loses all the
  /// punctuation and spaces at its end.
  @Test func anItemLosesPunctuationAndSpacesAtItsEnd() throws {
    let profile = try #require(try Self.read("fuzz-8a1cc564").profile)
    let cirt = try #require(profile.indicator("1.2.1"))
    #expect(cirt.items.contains("Electruments"))
    #expect(cirt.text.contains("\n- Electruments\n"))
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A layout-preserving conversion cut and spliced, in which a line `1.4.2       site at`
  /// is followed, after a blank line, by `<http://www.itu.int/…>`: the reader decided on the
  /// `<` that the paragraph did not go on, but the text reads `http://…`, which starts in
  /// lower case, and the writer's document joined the two lines. Lines are now told apart
  /// and joined by how they read, markup stripped.
  @Test func linesAreJoinedByHowTheyReadWithoutMarkup() throws {
    let profile = try #require(try Self.read("fuzz-274a6715").profile)
    let section = try #require(profile.indicator("1.4.1"))
    #expect(
      section.text.hasSuffix(
        "\n1.4.2 site at http://www.itu.int/en/ITU-D/Cybersecurity/Pages/default.aspx"))
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A layout-preserving seed with an invalid byte on the 2.1 line (`S\u{FC}pecific …
  /// instrument: Children's Act – protects …`): read as Windows-1252, the en dash became
  /// `â€“`, and the line was not repaired, as `ü` alone is no UTF-8; written back with the
  /// entry on a line of its own, the `â€“` was repaired and the entry read differently. Each
  /// mojibake sequence is now repaired by itself, whatever else is on its line.
  @Test func mojibakeIsRepairedWhateverElseIsOnTheLine() throws {
    let profile = try #require(try Self.read("fuzz-05467340").profile)
    let legislation = try #require(profile.indicator("2.1"))
    #expect(legislation.items == ["Children's Act"])
    #expect(legislation.text.hasPrefix("Süpecific legislation"))
    #expect(
      legislation.text.hasSuffix(
        "\n- Children's Act – protects children from abuse, including abuse online"))
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A mutated `crlf-bom-trailing-spaces.txt` read as Windows-1252, whose `legõï»¿slation`
  /// (a byte-order mark read as three characters) was left as it is on its own line, but
  /// repaired to U+FEFF once the writer put that line beside `JAMAIÃA`, whose `Ã` called for
  /// a repair of the whole line. Only the sequences of the patterns (`Â…`, `Ã…`, `â€…`) are
  /// repaired, each on its own evidence.
  @Test func onlyMojibakePatternsAreRepairedEachOnItsOwnEvidence() throws {
    let profile = try #require(try Self.read("fuzz-c2a813ef").profile)
    let partnership = try #require(profile.indicator("1.5.3"))
    #expect(partnership.text.contains("Specific legõï»¿slation and regulation"))
    #expect(partnership.text.contains("JAMAIÃA"))
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A mutated `population-commas.txt` in which a page marker, a second title line and a
  /// bullet alone (`•`, a Windows-1252 byte after a lone CR) come between two parts of the
  /// 1.3.4 paragraph: the bullet listed nothing and was dropped, yet it kept the paragraph's
  /// last part (`to measure …`, after a blank line) from joining what came before, which the
  /// writer's document, without the bullet, joined. A bullet that lists nothing is no block:
  /// the line after it is read against the block before it.
  @Test func aBulletThatListsNothingSeparatesNothing() throws {
    let profile = try #require(try Self.read("fuzz-c9e3d274").profile)
    let benchmarking = try #require(profile.indicator("1.3.4"))
    #expect(
      benchmarking.text.hasSuffix(
        "Page 1----------------------- to measure cybersecurity development in the Philippines."))
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }

  /// The same with a rule after the bullet, and with a bullet alone whose entry is on the
  /// next line.
  @Test func aBulletAloneTakesTheNextLineAsItsEntry() throws {
    let document = try Documents.belize(
      replacing: "1.1.2",
      with:
        "The instruments in force are\n•\n\nlisted below.\n•\nElectronic Evidence Act\n• -----\n\nand no other."
    )
    let profile = try #require(ProfileParser.standard.parse(text: document).profile)
    let regulation = try #require(profile.indicator("1.1.2"))
    #expect(regulation.items == ["Electronic Evidence Act"])
    #expect(
      regulation.text
        == "The instruments in force are listed below.\n- Electronic Evidence Act\nand no other.")
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A mutated layout seed in which `1.4.2       site at` is followed, after a blank line, by
  /// `<http://www.itu.int/en/ITU-D/Cybersecuri` and then `<http://…/default.aspx>`: alone,
  /// the first line reads `<http…` and did not go on with the paragraph, but the two lines
  /// together read `http://…` (one autolink from the first `<` to the `>`), which the
  /// writer's document joined to the paragraph. A line goes on from the first character that
  /// markup cannot take away.
  @Test func aLineOpeningMarkupGoesOnFromItsFirstCharacter() throws {
    let profile = try #require(try Self.read("fuzz-46932249").profile)
    let agency = try #require(profile.indicator("1.3.3"))
    #expect(agency.text.contains("\n1.4.2 site at http://www.itu.int/en/ITU-D/Cybersecuri <http"))
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }

  /// The same with a link: `[convention` after a blank line goes on, as it reads in lower
  /// case once its link is closed on the next line.
  @Test func aLinkOpenedAtTheStartOfALineGoesOnWithTheParagraph() throws {
    let document = try Documents.belize(
      replacing: "2.2", with: "Belize has acceded to the\n\n[convention\non children](#).")
    let profile = try #require(ProfileParser.standard.parse(text: document).profile)
    let convention = try #require(profile.indicator("2.2"))
    #expect(convention.text == "Belize has acceded to the convention on children.")
    #expect(convention.items == ["convention on children"])
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A mutated fixture whose 1.2.1 holds a paragraph joined from the lines `Last` and
  /// `updated on  is available on IT`: the writer wrote it as one line, `Last updated on …`,
  /// which reads as the date line. A paragraph that would read as another kind of line is
  /// now written broken after its first word, and reads back as the same paragraph.
  @Test func aParagraphThatWouldReadAsTheDateLineIsWrittenAsText() throws {
    let profile = try #require(try Self.read("fuzz-351dd85f").profile)
    let cirt = try #require(profile.indicator("1.2.1"))
    #expect(cirt.text.contains("\nLast updated on is available on IT"))
    let rendered = ProfileWriter().render(profile)
    #expect(rendered.contains("\nLast\nupdated on is available on IT"))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A mutation whose group heading follows a middle dot (`·1.2 TECHNICAL MEASURES`), so it
  /// reads as a list entry of 1.1.2. Written as `- 1.2 TECHNICAL MEASURES`, the reader saw a
  /// bullet with a heading run into it, and the entry was lost. Such an entry is now written
  /// with no space after its mark, and reads back as the same entry.
  @Test func aListEntryThatWouldReadAsAHeadingIsWrittenAsAnEntry() throws {
    let profile = try #require(try Self.read("fuzz-b40de526").profile)
    let regulation = try #require(profile.indicator("1.1.2"))
    #expect(regulation.items == ["1.2 TECHNICAL MEASURES"])
    let rendered = ProfileWriter().render(profile)
    #expect(rendered.contains("\n-1.2 TECHNICAL MEASURES\n"))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A mutation whose 1.2.3 ends with the line `1.` and, twenty blank lines below it, a
  /// misspelt title: text, since a heading number is joined to a title across at most three
  /// blank lines. The writer put one blank line between, and the two read as a heading.
  @Test func aLineThatIsOnlyAHeadingNumberIsWrittenAsText() throws {
    let profile = try #require(try Self.read("fuzz-b20e7645").profile)
    let certification = try #require(profile.indicator("1.2.3"))
    #expect(certification.text.hasSuffix("\n1.\nCHILD ONLINE PRODECTION"))
    let rendered = ProfileWriter().render(profile)
    #expect(rendered.contains("\n1.\n\n\n\n\nCHILD ONLINE PRODECTION\n"))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A mutation whose heading `1.4.2` lost its title, so that it and the lines after it read
  /// as one paragraph, `1.4.2 * CYBERWÅLLNESS PROFILE , NIAMAIB`. The writer broke it after
  /// its first word, and the rest, starting `* `, read back as a list entry.
  @Test func aParagraphIsBrokenUntilEveryLineReadsAsText() throws {
    let profile = try #require(try Self.read("fuzz-acad6196").profile)
    let standards = try #require(profile.indicator("1.4.1"))
    #expect(standards.text.contains("\n1.4.2 * CYBERWÅLLNESS PROFILE , NIAMAIB\n"))
    #expect(standards.items.isEmpty)
    let rendered = ProfileWriter().render(profile)
    #expect(rendered.contains("\n1.4.2\n*\nCYBERWÅLLNESS PROFILE , NIAMAIB\n"))
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// A mutation whose one data source follows the internet-users line, printed above the
  /// population: the source is the internet users'. The writer wrote the figures in catalog
  /// order, the population first without a source, and the source read back as its.
  @Test func aFiguresSourceIsWrittenWhereItReadsBackAsThatFigures() throws {
    let profile = try #require(try Self.read("fuzz-34e277a4").profile)
    #expect(profile.figures.map(\.id) == ["population", "internet-users"])
    #expect(profile.figures[0].source == nil && profile.figures[1].source != nil)
    let rendered = ProfileWriter().render(profile)
    let internet = try #require(rendered.range(of: "Internet users"))
    let population = try #require(rendered.range(of: "Total Population"))
    #expect(internet.lowerBound < population.lowerBound)
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }
}

extension FuzzFindingTests {
  /// Background lines glued out of two profiles: a data source left open (`(data source: ITU
  /// Stati`) took the next line, `Total Population: 2 7 404070`, into its period. Written on one
  /// line, the source was cut at the figure label. Wrapped lines are now joined before they are
  /// cut, so the label starts a figure (given twice, the first kept) in both readings.
  @Test func aFigureLabelIsNeverPartOfADataSource() throws {
    let result = try Self.read("fuzz-ee2e1750")
    let profile = try #require(result.profile)
    #expect(profile.figures.map(\.id) == ["population", "internet-users"])
    #expect(profile.figures.map(\.value) == ["5100000", "13.90"])
    for source in profile.figures.compactMap(\.source) {
      #expect(!(source.name + source.period).contains("Population"))
    }
    #expect(
      result.diagnostics.contains {
        $0.line == 28 && $0.message == "'Total Population' is given twice; the first is kept"
      })
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}
