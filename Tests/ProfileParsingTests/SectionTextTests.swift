import ProfileModel
import ProfileParsing
import ProfileTestSupport
import Testing

/// How a section's lines become the lines of its text, and that the writer's document, whose
/// lines are those of the text, reads to the same text.
@Suite struct SectionTextTests {
  static let bodies: [(body: String, text: String)] = [
    // A line that reads as nothing is no line of the text, and separates nothing.
    (
      "There is no website or hotline.\n\n[](#)\n\nA hotline is planned.",
      "There is no website or hotline.\nA hotline is planned."
    ),
    ("There is no website\n\n[](#)\n\nor hotline.", "There is no website or hotline."),
    ("There is no [\n](#) hotline.", "There is no hotline."),
    // Lines are joined by how they read: `<http://…>` reads in lower case.
    (
      "Reports go to the site at\n\n<http://www.example.org/report>",
      "Reports go to the site at http://www.example.org/report"
    ),
    // A numbered line starts a line of its own; without a list lead-in it is text.
    (
      "The plan has two aims:\n1. to train staff;\n2. to share data.",
      "The plan has two aims:\n1. to train staff;\n2. to share data."
    ),
  ]

  @Test(arguments: bodies)
  func readsAsItsText(body: String, text: String) throws {
    let document = try Documents.belize(replacing: "2.4", with: body)
    let profile = try #require(ProfileParser.standard.parse(text: document).profile)
    #expect(profile.indicator("2.4")?.text == text)
    #expect(ProfileParser.standard.parse(text: ProfileWriter().render(profile)).profile == profile)
  }
}
