import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// The status rules, sentence by sentence: what each form of negation, progress, affirmation
/// and mixture reads as, and by which rule. Every sentence is read in place of section 1.2.1
/// of the real Belize document, through the whole reader.
@Suite struct StatusRuleTests {
  /// One row: a section's text, the status it must read as, and the rule that must decide.
  struct Row: CustomTestStringConvertible, Sendable {
    var text: String
    var status: IndicatorStatus
    var rule: String
    var testDescription: String { "\(status.rawValue) by \(rule): \(text)" }

    init(_ text: String, _ status: IndicatorStatus, _ rule: String) {
      self.text = text
      self.status = status
      self.rule = rule
    }
  }

  static func reading(_ body: String, in section: String = "1.2.1") throws -> IndicatorReading {
    let document = try Documents.belize(replacing: section, with: body)
    let result = ProfileParser.standard.parse(text: document)
    return try #require(result.profile?.indicator(section), "\(result.diagnostics)")
  }

  // MARK: Negation, with its scope

  static let negations: [Row] = [
    Row("Xland does not have an officially recognized national CIRT.", .absent, "negation"),
    Row("Xland does not yet have an officially recognized national CIRT.", .absent, "negation"),
    Row("Xland does not currently have a national CIRT.", .absent, "negation"),
    Row("Xland doesn't have a national CIRT.", .absent, "negation"),
    Row("The Xlandic authorities do not have a national CIRT.", .absent, "negation"),
    Row("Xland did not establish a national CIRT.", .absent, "negation"),
    Row("Xland has not established a national CIRT.", .absent, "negation"),
    Row("Xland has not yet established a national CIRT.", .absent, "negation"),
    Row("Xland hasn't set up a national CIRT.", .absent, "negation"),
    Row("The ministries have not adopted a national strategy.", .absent, "negation"),
    Row("Xland has no officially recognized national CIRT.", .absent, "negation"),
    Row("The public sector agencies have no certification programme.", .absent, "negation"),
    Row("There is no national CIRT in Xland.", .absent, "negation"),
    Row("There are no certified government agencies in Xland.", .absent, "negation"),
    Row("There is currently no national CIRT in Xland.", .absent, "negation"),
    Row("There are currently no national benchmarking exercises.", .absent, "negation"),
    Row("There is not a single certified agency in Xland.", .absent, "negation"),
    Row("No government agency in Xland is certified under ISO/IEC 27001.", .absent, "negation"),
    Row("No public sector professionals are certified.", .absent, "negation"),
    Row("No national framework for standards has been officially approved.", .absent, "negation"),
    Row("No agency is responsible for child online protection.", .absent, "negation"),
    Row("None of the public sector agencies is certified.", .absent, "negation"),
    Row("Neither the Ministry nor the Police runs a CIRT.", .absent, "negation"),
    Row("A national reporting hotline is not available in Xland.", .absent, "negation"),
    Row("Information on incidents is not shared between agencies.", .absent, "negation"),
    Row("Xland does not take part in any regional cybersecurity exercise.", .absent, "negation"),
    Row("Xland does not participate in FIRST or any regional CERT forum.", .absent, "negation"),
    Row("Xland is not a member of the ITU-IMPACT initiative.", .absent, "negation"),
    Row("Xland is not party to any international cooperation framework.", .absent, "negation"),
    Row("The Xland Police are not legally required to report incidents.", .absent, "negation"),
    Row("Private companies are not required to share incident data.", .absent, "negation"),
    Row("A national roadmap for governance does not exist.", .absent, "negation"),
    Row("Sector-specific CERTs do not exist in Xland.", .absent, "negation"),
    Row("Xland lacks a national cybersecurity framework.", .absent, "negation"),
    Row("The lack of a national CIRT leaves incidents unhandled.", .absent, "negation"),
    Row("Xland is without a national cybersecurity strategy.", .absent, "negation"),
    Row("Xland cannot certify its public sector professionals.", .absent, "negation"),
    Row("Xland has never adopted a cybersecurity policy.", .absent, "negation"),
    Row("The former national CIRT is no longer operational.", .absent, "negation"),
    Row("Xland was not a signatory to the regional agreement.", .absent, "negation"),
    Row("The agencies were not certified under any standard.", .absent, "negation"),
    Row("The national CERT isn't operational.", .absent, "negation"),
    Row("Public bodies aren't certified under any scheme.", .absent, "negation"),
    Row("There is no agency that is responsible for child online protection.", .absent, "negation"),
    Row("There is no website or hotline to report incidents in Xland.", .absent, "negation"),
    Row(
      "Xland does not have an officially approved national framework for implementing "
        + "internationally recognized cybersecurity standards.", .absent, "negation"),
    Row(
      "There is no framework for the certification and accreditation of national agencies.",
      .absent, "negation"),
    Row("Xland has no plans to establish a national CIRT.", .absent, "negation"),
    Row("There are no plans to adopt a national strategy.", .absent, "negation"),
    Row("Xland is not planning to create a national CIRT.", .absent, "negation"),
    Row("There is no draft legislation on cybercrime.", .absent, "negation"),
    Row("The Ministry has not initiated any certification programme.", .absent, "negation"),
    Row("Xland does not intend to join the regional CERT.", .absent, "negation"),
    Row("Xland has no intention of establishing a CIRT.", .absent, "negation"),
    // A negation rules its whole clause, wherever it stands.
    Row("The ICT Act, which was enacted in 2010, does not cover cybercrime.", .absent, "negation"),
    Row("Standards developed by ISO are not officially approved in Xland.", .absent, "negation"),
    Row("There is no agency that is responsible for online safety.", .absent, "negation"),
    Row("A CIRT has not been established in Xland.", .absent, "negation"),
    Row("Xland's public sector is not covered by any framework.", .absent, "negation"),
    Row("The Ministry does not run any awareness programme.", .absent, "negation"),
    Row("Agencies don't exchange information on incidents.", .absent, "negation"),
    Row("Xland didn't take part in the ITU cyber drill.", .absent, "negation"),
    Row("Xland has not signed any bilateral agreement on cybersecurity.", .absent, "negation"),
  ]

  // MARK: Work under way: partial

  static let progress: [Row] = [
    Row("Xland is presently working on establishing a national CIRT.", .partial, "partial"),
    Row("Xland is currently working on a national CIRT.", .partial, "partial"),
    Row("The Ministry is working towards a national strategy.", .partial, "partial"),
    Row("Xland will be establishing a national CIRT by 2016.", .partial, "partial"),
    Row("A national CIRT will be established in 2016.", .partial, "partial"),
    Row("The strategy will be adopted by Parliament next year.", .partial, "partial"),
    Row("Xland plans to establish a national CIRT.", .partial, "partial"),
    Row("Xland is planning a national CIRT with ITU's help.", .partial, "partial"),
    Row("Xland is in the process of setting up a national CIRT.", .partial, "partial"),
    Row("A national CIRT is in the pipeline.", .partial, "partial"),
    Row("A national cybersecurity strategy is under development.", .partial, "partial"),
    Row("A national cybersecurity strategy is being developed.", .partial, "partial"),
    Row("A national cybersecurity strategy is being drafted.", .partial, "partial"),
    Row("A cybercrime law has been drafted and awaits approval.", .partial, "partial"),
    Row("A draft Cybercrime Bill is before Parliament.", .partial, "partial"),
    Row("The Cybercrime Bill was submitted to Parliament in 2014.", .partial, "partial"),
    Row("The proposed Data Protection Act is under review.", .partial, "partial"),
    Row("The national strategy is under consideration by the Cabinet.", .partial, "partial"),
    Row("Approval of the national strategy is pending.", .partial, "partial"),
    Row("The Ministry has started working on a national strategy.", .partial, "partial"),
    Row("Xland has begun the set-up of a national CIRT.", .partial, "partial"),
    Row("A national CIRT is being established with ITU assistance.", .partial, "partial"),
    Row("The framework is being finalized by the regulator.", .partial, "partial"),
    Row("The national CIRT is not yet operational.", .partial, "partial"),
    Row("Xland has not yet ratified the Optional Protocol.", .partial, "partial"),
    Row("Xland intends to join the FIRST community.", .partial, "partial"),
    Row("The regulator is expected to publish a framework in 2016.", .partial, "partial"),
    Row("Certification of agencies is done to a limited extent.", .partial, "partial"),
    Row("The standards are partially implemented in the public sector.", .partial, "partial"),
    Row("A national CIRT is yet to be set up.", .partial, "partial"),
    Row("A pilot CIRT serves the government network.", .partial, "partial"),
    Row("Xland has initiated a national awareness campaign.", .partial, "partial"),
    Row("A roadmap for governance is envisaged in the strategy.", .partial, "partial"),
    Row("The national CIRT project is underway.", .partial, "partial"),
    Row("The national strategy is in preparation.", .partial, "partial"),
    Row("The Ministry aims to adopt a benchmarking framework.", .partial, "partial"),
    Row("Xland has taken the first steps towards a national CIRT.", .partial, "partial"),
    // Mixtures: a negation, then work under way.
    Row(
      "Xland does not have a national CIRT. However, a national CIRT is being developed.",
      .partial, "partial"),
    Row(
      "Xland does not have a national CIRT. However, one is in the pipeline.", .partial,
      "partial"),
    Row(
      "Xland does not have a national strategy. However, it has started working on it.",
      .partial, "partial"),
    Row(
      "Xland does not have a national CIRT, but plans to establish one in 2016.", .partial,
      "partial"),
    Row(
      "There is no national CIRT; the Ministry is in the process of creating one.", .partial,
      "partial"),
    Row(
      "Xland does not have a cybercrime law. A draft law is under review.", .partial, "partial"),
    Row(
      "Private sector institutions are not legally required to report incidents; the Police "
        + "has worked to establish relationships with them.", .partial, "partial"),
    Row(
      "There is no officially approved framework. The regulator is currently working on one.",
      .partial, "partial"),
    Row(
      "Although Xland has no CIRT, a national CIRT will be established in 2016.", .partial,
      "partial"),
  ]

  // MARK: No figure, no information: unknown

  static let unknowns: [Row] = [
    Row(
      "Xland does not have the exact number of public sector professionals certified.",
      .unknown, "unknown"),
    Row("The exact number of certified professionals is not known.", .unknown, "unknown"),
    Row("The exact number of certified agencies is not available.", .unknown, "unknown"),
    Row("There is no information about a national CIRT in Xland.", .unknown, "unknown"),
    Row("There is no information on certified agencies.", .unknown, "unknown"),
    Row("No information is available on national benchmarking.", .unknown, "unknown"),
    Row("No data is available on certified professionals.", .unknown, "unknown"),
    Row("Information is not available for this indicator.", .unknown, "unknown"),
    Row("Data is not available on the number of certified agencies.", .unknown, "unknown"),
    Row("Whether Xland has a national CIRT is unknown.", .unknown, "unknown"),
    Row("The status of the national CIRT is not clear.", .unknown, "unknown"),
    Row("The number of certified agencies could not be determined.", .unknown, "unknown"),
    Row("The existence of a national roadmap could not be confirmed.", .unknown, "unknown"),
    Row("No figures available for certified professionals.", .unknown, "unknown"),
  ]

  // MARK: Positive evidence: present

  static let affirmations: [Row] = [
    Row(
      "Xland has an officially recognized national CIRT known as X-CERT.", .present, "affirmation"),
    Row("Xland has officially approved the ISO/IEC 27000 series.", .present, "affirmation"),
    Row("Xland has a national cybersecurity strategy.", .present, "affirmation"),
    Row(
      "The Ministry of ICT is the agency responsible for cybersecurity.", .present, "affirmation"),
    Row(
      "The Ministry and the Police are the agencies responsible for cybersecurity.", .present,
      "affirmation"),
    Row("The Ministry of ICT is responsible for cybersecurity in Xland.", .present, "affirmation"),
    Row("Xland is a member of the ITU-IMPACT initiative.", .present, "affirmation"),
    Row("X-CERT and the Police are members of FIRST.", .present, "affirmation"),
    Row("Xland participates in the CICTE-OAS cybersecurity programme.", .present, "affirmation"),
    Row("Xland participated in the 2014 ITU regional cyber drill.", .present, "affirmation"),
    Row("Xland takes part in the regional CERT forum.", .present, "affirmation"),
    Row("Xland has acceded to the Convention on the Rights of the Child.", .present, "affirmation"),
    Row("Xland has ratified the Convention on Cybercrime.", .present, "affirmation"),
    Row(
      "Xland ratified the Convention on the Rights of the Child in 1990.", .present,
      "affirmation"),
    Row("Xland has signed a memorandum with its neighbours.", .present, "affirmation"),
    Row("A national CIRT has been established within the regulator.", .present, "affirmation"),
    Row("The national strategy has been adopted by the Cabinet.", .present, "affirmation"),
    Row("The Cybercrime Act has been enacted.", .present, "affirmation"),
    Row("The framework has been approved by the Ministry.", .present, "affirmation"),
    Row("Xland has established a national CIRT.", .present, "affirmation"),
    Row("Xland has developed a national benchmarking framework.", .present, "affirmation"),
    Row(
      "Xland has implemented the ISO/IEC 27001 standard in its ministries.", .present,
      "affirmation"),
    Row("The Police IT Unit undertakes an annual awareness roadshow.", .present, "affirmation"),
    Row(
      "The regulator organizes cybersecurity training for civil servants.", .present,
      "affirmation"),
    Row("The regulator conducts yearly audits of public agencies.", .present, "affirmation"),
    Row(
      "The national CIRT provides incident response to government agencies.", .present,
      "affirmation"),
    Row("The national CIRT operates a public reporting hotline.", .present, "affirmation"),
    Row(
      "X-CERT collaborates with the private sector on incident handling.", .present,
      "affirmation"),
    Row("X-CERT works with the banks to share threat information.", .present, "affirmation"),
    Row("Twelve public sector professionals are certified under CISSP.", .present, "affirmation"),
    Row("There are 45 certified public sector professionals in Xland.", .present, "affirmation"),
    Row("There is a national reporting hotline run by the Police.", .present, "affirmation"),
    Row("A framework for sharing assets is in place.", .present, "affirmation"),
    Row("The Computer Misuse Act is in force.", .present, "affirmation"),
    Row("A national cybersecurity council oversees the strategy.", .present, "affirmation"),
    Row("The Ministry coordinates cybersecurity across government.", .present, "affirmation"),
    Row("Xland benefits from ITU-IMPACT's global response centre.", .present, "affirmation"),
    Row("Xland has access to the ITU-IMPACT services.", .present, "affirmation"),
    Row("Xland's CIRT was created in 2012.", .present, "affirmation"),
    Row("The national strategy was launched in 2013.", .present, "affirmation"),
    // Neutral phrases with a negative word negate nothing.
    Row(
      "Xland has acceded, with no declarations or reservations, to the Convention.", .present,
      "affirmation"),
    Row("Xland has ratified the Optional Protocol without reservation.", .present, "affirmation"),
    Row("Xland is not only a member of FIRST but also of APCERT.", .present, "affirmation"),
    Row("Xland enacted Act No. 12 of 2010 on computer crime.", .present, "affirmation"),
    Row("The not-for-profit X-CERT handles incidents for the country.", .present, "affirmation"),
    Row(
      "The Ministry provides training, whether or not agencies are certified.", .present,
      "affirmation"),
    // Something affirmed beside something unknown: present, and marked for review.
    Row(
      "Xland has a national CIRT. There is no information about its certification.", .present,
      "affirmation"),
  ]

  // MARK: Lists

  static let lists: [Row] = [
    Row(
      "Specific legislation on cybercrime has been enacted through the following instruments:\n"
        + "- Computer Misuse Act 2010\n- Evidence Act.", .present, "listed-items"),
    Row(
      "Specific legislation on cybercrime has been enacted through the following instruments:\n"
        + "- Computer Misuse Act 2010.\nA draft Data Protection Bill is under review.", .present,
      "listed-items"),
    Row(
      "Specific legislation on cybercrime has been enacted through the following instruments:\n"
        + "-None.", .absent, "empty-list"),
    Row(
      "Specific legislation on cybercrime has been enacted through the following instruments:\n"
        + "- N/A", .absent, "empty-list"),
    Row(
      "Specific legislation on cybercrime has been enacted through the following instruments:\n"
        + "-None.\nA draft Cybercrime Bill is before Parliament.", .partial, "partial"),
  ]

  @Test(arguments: negations) func negation(row: Row) throws { try check(row) }
  @Test(arguments: progress) func workUnderWay(row: Row) throws { try check(row) }
  @Test(arguments: unknowns) func noFigureOrInformation(row: Row) throws { try check(row) }
  @Test(arguments: affirmations) func positiveEvidence(row: Row) throws { try check(row) }
  @Test(arguments: lists) func list(row: Row) throws { try check(row, in: "1.1.1") }

  func check(_ row: Row, in section: String = "1.2.1") throws {
    let reading = try Self.reading(row.text, in: section)
    #expect(reading.status == row.status)
    #expect(reading.evidence?.rule == row.rule)
    #expect(reading.evidence?.words.isEmpty == false)
  }

  @Test func theTableCoversEveryForm() {
    let all = Self.negations + Self.progress + Self.unknowns + Self.affirmations + Self.lists
    #expect(all.count >= 150)
    #expect(Set(all.map(\.text)).count == all.count, "a sentence is in the table twice")
  }

  // MARK: Undecided and disagreeing texts are marked for review

  @Test(arguments: [
    "The Ministry's website lists contacts for reporting incidents.",
    "Cybersecurity matters are discussed at the annual ICT forum.",
    "See the national ICT policy of 2011.",
  ])
  func aTextNoRuleDecidesIsUnknownAndMarkedForReview(text: String) throws {
    let reading = try Self.reading(text)
    #expect(reading.status == .unknown)
    #expect(reading.evidence?.rule == "undecided")
    #expect(reading.needsReview)
    let result = ProfileParser.standard.parse(
      text: try Documents.belize(replacing: "1.2.1", with: text))
    #expect(
      result.diagnostics.contains {
        $0.severity == .warning && $0.message.contains("1.2.1 CIRT: no rule decides")
          && $0.message.contains("marked for review")
      })
  }

  @Test func statementsThatDisagreeAreMarkedForReview() throws {
    let reading = try Self.reading(
      "Xland does not have a national CIRT. The Police is responsible for incident handling.")
    #expect(reading.status == .absent)
    #expect(reading.evidence?.words == "does not have")
    #expect(
      reading.evidence?.review == "statements disagree: also reads as present ('is responsible')")
    let reversed = try Self.reading(
      "Xland is a member of ITU-IMPACT. Xland does not participate in FIRST.", in: "1.5.4")
    #expect(reversed.status == .absent)
    #expect(
      reversed.evidence?.review == "statements disagree: also reads as present ('is a member')")
    let signed = try Self.reading(
      "Xland has ratified the Convention. Xland has signed the Protocol but has not yet ratified it.",
      in: "2.2")
    #expect(signed.status == .partial)
    #expect(signed.needsReview)
  }

  @Test func statementsThatAgreeAreNotMarked() throws {
    let reading = try Self.reading(
      "Xland is a member of ITU-IMPACT. Xland participates in the CICTE-OAS.", in: "1.5.4")
    #expect(reading.status == .present)
    #expect(!reading.needsReview)
  }

  @Test func aMissingSectionHasNoEvidence() throws {
    let document = try Documents.belize().replacingOccurrences(
      of:
        "2.4 REPORTING MECHANISM\n\nThere is no website or hotline to report incidents in Belize.\n",
      with: "")
    let reading = try #require(
      ProfileParser.standard.parse(text: document).profile?.indicator("2.4"))
    #expect(reading.status == .missing)
    #expect(reading.evidence == nil)
  }
}
