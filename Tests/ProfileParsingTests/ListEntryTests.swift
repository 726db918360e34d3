import ProfileModel
import ProfileTestSupport
import Testing

@testable import ProfileParsing

/// How list lines split into items: a table of section bodies and the items each must read
/// as, in a document read whole, with what must stay in the section's text, and the writer's
/// round trip for each.
@Suite struct ListEntryTests {
  struct Row: CustomTestStringConvertible, Sendable {
    var body: String
    var items: [String]
    /// Lines the section's text must hold.
    var text: [String] = []

    var testDescription: String { body.replacingOccurrences(of: "\n", with: " ⏎ ") }
  }

  static let leadIn =
    "Specific legislation on cybercrime has been enacted through the following instruments:"

  static let rows: [Row] = [
    // Parentheses and brackets hold what is inside them together.
    Row(
      body: "- Criminal code (Chapter 28: Articles 272, 274)",
      items: ["Criminal code (Chapter 28: Articles 272, 274)"]),
    Row(
      body: "- Criminal Code (Chapter 28 - Articles 272 - 274) - Evidence Act",
      items: ["Criminal Code (Chapter 28 - Articles 272 - 274)", "Evidence Act"]),
    Row(
      body: "- Penal Code [Part IV - Offences] - Evidence Act",
      items: ["Penal Code [Part IV - Offences]", "Evidence Act"]),
    Row(
      body: "- Penal Code (Chapter 28.\nArticles 272 and 274)",
      items: ["Penal Code (Chapter 28. Articles 272 and 274)"]),
    // A description in lower case after a dash belongs to the entry; the item is the name.
    Row(
      body: "- Electronic Transactions Act – governs electronic signatures and records",
      items: ["Electronic Transactions Act"],
      text: ["- Electronic Transactions Act – governs electronic signatures and records"]),
    Row(
      body: "- Electronic Transactions Act - governs electronic records - Evidence Act",
      items: ["Electronic Transactions Act", "Evidence Act"],
      text: ["- Electronic Transactions Act - governs electronic records", "- Evidence Act"]),
    Row(
      body: "\(leadIn) Electronic Transactions Act – governs electronic commerce",
      items: ["Electronic Transactions Act"],
      text: [leadIn, "- Electronic Transactions Act – governs electronic commerce"]),
    Row(body: "- Evidence Act - e-Government Act", items: ["Evidence Act", "e-Government Act"]),
    // Years and numbers are never items.
    Row(body: "- 2011, 2012, 2013", items: [], text: ["- 2011, 2012, 2013"]),
    Row(body: "- 2011 - 2012 - 2013", items: [], text: ["- 2011 - 2012 - 2013"]),
    Row(body: "• 12", items: [], text: ["• 12"]),
    Row(body: "- Cybercrime Act - 2011", items: ["Cybercrime Act - 2011"]),
    Row(body: "\(leadIn) 2011", items: [], text: ["\(leadIn) 2011"]),
    Row(
      body: "Drills took part in [2011](#), [2012](#) and with [FIRST](#).", items: ["FIRST"]),
    // Marks run into the names still separate them.
    Row(body: "- A -B -C", items: ["A", "B", "C"]),
    Row(
      body: "- Computer Misuse Act -Evidence Act -Data Protection Act",
      items: ["Computer Misuse Act", "Evidence Act", "Data Protection Act"]),
    Row(body: "• Cybercrime Act • Evidence Act", items: ["Cybercrime Act", "Evidence Act"]),
    Row(body: "- Cybercrime Act•Evidence Act", items: ["Cybercrime Act", "Evidence Act"]),
    // Rules are never items.
    Row(
      body: "- Evidence Act - ------------------ - Penal Code",
      items: ["Evidence Act", "Penal Code"]),
    Row(body: "• ------------------------------", items: []),
    // What is not in force stays in the text, not in the list.
    Row(
      body: "- Data Protection Bill (draft)\n- Evidence Act", items: ["Evidence Act"],
      text: ["- Data Protection Bill (draft)", "- Evidence Act"]),
    Row(
      body: "- Computer Crimes Act 2003 (repealed)\n- Cybercrime Act 2015",
      items: ["Cybercrime Act 2015"], text: ["- Computer Crimes Act 2003 (repealed)"]),
    Row(
      body: "- Telecommunications Act 1998, revoked by the Communications Act 2012", items: []),
    Row(body: "- Draft Cybersecurity Strategy", items: []),
    Row(body: "- [Cybercrime Bill](#) (in Parliament)\n- Penal Code", items: ["Penal Code"]),
    Row(body: "- Bill of Rights Act 1990", items: ["Bill of Rights Act 1990"]),
    // Numbered lists after a lead-in are lists; elsewhere they are the text's own lines.
    Row(
      body: "\(leadIn)\n1. Computer Misuse Act\n2. Evidence Act",
      items: ["Computer Misuse Act", "Evidence Act"]),
    Row(
      body: "\(leadIn)\n\na) Computer Misuse Act\n\nb) Evidence Act",
      items: ["Computer Misuse Act", "Evidence Act"]),
    Row(
      body: "\(leadIn)\n(i) Computer Misuse Act;\n(ii) Evidence Act.",
      items: ["Computer Misuse Act", "Evidence Act"]),
    Row(
      body: "The strategy has three aims:\n1. protect networks;\n2. train staff;\n3. Share data.",
      items: [],
      text: ["The strategy has three aims:", "1. protect networks;", "2. train staff;"]),
    Row(
      body: "The plan covers:\n(a) awareness,\n(b) training.", items: [],
      text: ["(a) awareness,", "(b) training."]),
  ]

  @Test(arguments: rows)
  func readsItsItems(row: Row) throws {
    let document = try Documents.belize(replacing: "1.1.2", with: row.body)
    let profile = try #require(ProfileParser.standard.parse(text: document).profile)
    let section = try #require(profile.indicator("1.1.2"))
    #expect(section.items == row.items)
    let lines = section.text.split(separator: "\n").map(String.init)
    for line in row.text {
      #expect(lines.contains(line), "\(line) not in \(lines)")
    }
    let rendered = ProfileWriter().render(profile)
    #expect(ProfileParser.standard.parse(text: rendered).profile == profile)
  }

  @Test func aLineOfEntriesSplitsOnlyBetweenNames() {
    let entries = ListEntries.entries(of: "Data Act – what it governs - 2011 - Evidence Act.")
    #expect(
      entries == [
        .init(text: "Data Act – what it governs - 2011", item: "Data Act"),
        .init(text: "Evidence Act", item: "Evidence Act"),
      ])
    #expect(ListEntries.entries(of: "2011 - 2012") == [.init(text: "2011 - 2012", item: nil)])
    #expect(ListEntries.entries(of: "---- - ....") == [])
  }

  @Test(
    arguments: [
      ("1. Act", 3), ("12) Act", 4), ("a) Act", 3), ("(b) Act", 4), ("(iv) Act", 5),
      ("iii. Act", 5), ("2014. The Act", nil), ("1.1 Act", nil), ("a. Act", nil), ("1.", nil),
      ("(abcde) Act", nil), ("A) Act", 3),
    ] as [(String, Int?)])
  func numbering(line: String, length: Int?) {
    #expect(line.withUTF8Bytes { ListEntries.numberingLength($0) } == length)
  }
}

/// An ASCII list line is read as its bytes, not as `Character`s: both ways must give the same
/// entries for every line.
@Suite struct ListCharacterPathTests {
  @Test func theASCIIPathEqualsTheCharacters() {
    var rng = SeededRandom(seed: 11)
    let pieces = [
      "Data Act", "data", "Act", "2011", "-", " - ", " -", "- ", "--", "(", ")", "[", "]",
      "(Chapter 28: Articles 272 - 274)", "Bill", "of Rights", "repealed", "draft", "e-Gov",
      "ITU-IMPACT", " ", "  ", ".", ",", ";", ":", "*", "a", "Z", "0", "x-Y", "what it governs",
      "(draft)", "-None.", "\t",
    ]
    for _ in 0..<5_000 {
      let line = (0..<Int.random(in: 0...10, using: &rng)).map { _ in
        pieces.randomElement(using: &rng)!
      }.joined(separator: Bool.random(using: &rng) ? " " : "")
      #expect(
        ListEntries.entries(of: line.utf8.map(ASCIICharacter.init))
          == ListEntries.entries(of: Array(line)), "\(line)")
    }
  }
}
