import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// Status phrases, as the catalog's rules read them, on the real document's layout.
@Suite struct StatusTests {
  func reading(_ body: String, in section: String = "1.2.1") throws -> IndicatorReading {
    let document = try Documents.belize(replacing: section, with: body)
    let result = ProfileParser.standard.parse(text: document)
    return try #require(result.profile?.indicator(section), "\(result.diagnostics)")
  }

  @Test(arguments: [
    ("Belize does not have an officially recognized national CIRT.", IndicatorStatus.absent),
    ("Belize will be establishing a national CIRT by end of 2014.", .partial),
    ("Belize is presently working on establishing a national CIRT.", .partial),
    ("A draft framework for a national CIRT has been prepared.", .partial),
    ("Belize does not have the exact number of certified professionals.", .unknown),
    ("Belize has an officially recognized national CIRT known as CERT-BZ.", .present),
    ("There is no CIRT in Belize.", .absent),
    ("Belize has not established a CIRT.", .absent),
  ])
  func statusOfPhrase(body: String, status: IndicatorStatus) throws {
    #expect(try reading(body).status == status)
  }

  @Test func knownAsNamesTheItem() throws {
    let cirt = try reading("Belize has an officially recognized national CIRT known as CERT-BZ.")
    #expect(cirt.items == ["CERT-BZ"])
  }

  @Test func responsibleAgenciesAreItems() throws {
    let agencies = try reading(
      "The Ministry of National Security and the Belize Police Department (BPD) are the agencies responsible for cybersecurity in Belize.",
      in: "1.3.3")
    #expect(agencies.items == ["Ministry of National Security", "Belize Police Department (BPD)"])
  }

  @Test func proseThatIsNotANameIsNotCaptured() throws {
    let agency = try reading(
      "The Authority runs the awareness programme and is responsible for online content.", in: "2.3"
    )
    #expect(agency.items == [])
  }

  @Test func absentSectionsCaptureNothing() throws {
    let none = try reading(
      "There is no agency that is responsible for child online protection in Belize.", in: "2.3")
    #expect(none.status == .absent && none.items == [])
  }

  @Test func listWithItemsIsPresentAndNoneIsAbsent() throws {
    let lead =
      "Specific legislation on cybercrime has been enacted through the following instruments:"
    let listed = try reading(lead + "\n- Computer Misuse Act 2010 - Evidence Act.", in: "1.1.1")
    #expect(listed.status == .present)
    #expect(listed.items == ["Computer Misuse Act 2010", "Evidence Act"])
    let none = try reading(lead + " -None.", in: "1.1.1")
    #expect(none.status == .absent && none.items == [])
    let inline = try reading(
      "Specific legislation on cybercrime has been enacted through the following instrument: Cybercrime Act 2014.",
      in: "1.1.1")
    #expect(inline.items == ["Cybercrime Act 2014"])
    #expect(inline.text.hasSuffix("instrument:\n- Cybercrime Act 2014"))
  }
}
