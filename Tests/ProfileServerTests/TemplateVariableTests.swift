import EventStore
import Foundation
import LedgerModel
import ProfileModel
import Testing

@testable import ProfileServer

/// Every page template against its typed view. Templates read views by reflection, so a
/// property renamed in a view, or a name mistyped in a template, renders as nothing without
/// an error: here each name a template reads must name a property where the template reads
/// it, in a view built from the test store.
@Suite struct TemplateVariableTests {
  /// Views of every page from the test store; a template with more than one view has its
  /// sections filled by one or another (a country without a revision in the range, a
  /// revision without figures).
  static func views() throws -> [any PageView] {
    let site = try LedgerSite(ledger: try ServerStore.make(), logger: ServerStore.quietLogger)
    let head = try site.ledger.head()
    let twoYears = LedgerSite.ChangelogQuery(
      since: ProfileDate(iso: "2015-01-01"), until: ProfileDate(iso: "2016-12-31"), countries: [])
    // An error page has no alternates: one is given so that the partials' names for them
    // are checked too.
    var withAlternates = ErrorView(.noSuchEvent(9), head: head)
    withAlternates.chrome.alternates = [.json("/api/countries")]
    return [
      try site.countriesView(head: head),
      try site.timelineView("BLZ", head: head),
      try site.profileView("BLZ", date: "2015-12-31", head: head),
      try site.diffView("BLZ", from: "2015-03-02", to: "2016-06-01", head: head),
      try site.diffView("BLZ", from: "2015-03-02", to: "2015-09-14", head: head),
      try site.blameView("BLZ", date: nil, head: head),
      site.sourceView(try site.countrySource("BLZ", date: "2015-03-02"), head: head),
      site.sourceView(try site.eventSource("2"), head: head),
      try site.changelogView(twoYears, head: head),
      try site.progressView(query(""), head: head),
      try site.progressView(query("since=2016-01-01"), head: head),
      try site.progressView(query("until=2014-01-01"), head: head),
      try site.countryProgressView("BLZ", query: query(""), head: head),
      ErrorView(.unknownCountry("XYZ"), head: head), withAlternates,
      ErrorView(
        .unknownCountry("Belise"), head: head,
        suggestions: [Link(href: "/countries/BLZ", label: "Belize (BLZ)")]),
      try site.reviewsView([], head: head),
    ] + (try reviewedViews())
  }

  /// Views of the pages that mark reviews, from a store where reviews stand: one made on
  /// the revision shown, one carried from another revision, one on each side of a change;
  /// and a queue with entries.
  static func reviewedViews() throws -> [any PageView] {
    let ledger = try ServerStore.reviewed()
    try ServerStore.confirmCIRT(ledger)
    let site = try LedgerSite(ledger: ledger, logger: ServerStore.quietLogger)
    let head = try site.ledger.head()
    return [
      try site.profileView("BLZ", date: "2015-03-02", head: head),
      try site.profileView("BLZ", date: "2015-09-14", head: head),
      try site.diffView("BLZ", from: "2015-03-02", to: "2015-09-14", head: head),
      try site.timelineView("BLZ", head: head),
      try site.reviewsView(["BLZ"], head: head),
    ]
  }

  /// The parameters of a page's query (the part of its address after `?`).
  static func query(_ text: String) -> Query { Query(query: text, emptyIsAbsent: true) }

  @Test func everyPageTemplateHasAView() throws {
    let names = TemplateNames(templates: Templates.files)
    let viewed = Set(try Self.views().map { type(of: $0).template })
    #expect(viewed == names.pages, "templates without a view: \(names.pages.subtracting(viewed))")
  }

  @Test func everyNameATemplateReadsResolvesInItsView() throws {
    let names = TemplateNames(templates: Templates.files)
    let views = Dictionary(grouping: try Self.views()) { type(of: $0).template }
    for (template, views) in views.sorted(by: { $0.key < $1.key }) {
      let unresolved = names.unresolved(in: template, views: views)
      #expect(unresolved.isEmpty, "names that resolve to nothing: \(unresolved)")
    }
  }

  /// The check itself: a name the view lacks, in the page, in a section and in a partial, is
  /// reported with where it was read; a name found in an enclosing section is not.
  @Test func aNameTheViewLacksIsReported() {
    struct Row { var title: String }
    struct View {
      var chrome: Chrome
      var rows: [Row]
      var empty: Bool
    }
    let names = TemplateNames(templates: [
      "page":
        "{{> head}}{{#rows}}{{title}} {{titel}} {{empty}}{{/rows}}{{^empty(rows)}}{{/empty(rows)}}{{row.title}}",
      "head": "{{#chrome}}{{{title}}} {{headSq}}{{/chrome}}",
    ])
    let view = View(
      chrome: Chrome("Title", head: nil), rows: [Row(title: "a")], empty: false)
    #expect(
      names.unresolved(in: "page", views: [view])
        == ["page > head:1:24: {{headSq}}", "page:1:30: {{titel}}", "page:1:90: {{row.title}}"])
  }
}

/// The names Mustache templates read, and where each resolves in a view.
///
/// A template's tags are read in order: `{{name}}`, `{{{name}}}` and `{{&name}}` read a name,
/// `{{#name}}` reads one and opens a section in its value (each element of an array), and
/// `{{^name}}` reads one and opens a section in the same values; `{{/name}}` closes either,
/// `{{> partial}}` reads the partial's tags in place. A name is looked up as Mustache looks it
/// up: in the innermost section first, then outwards; `a.b` is `a` so found, then `b` in it;
/// `empty(a)` reads `a`. A view's values are known by reflection (`Mirror`), each section by
/// the values it takes in the view (every element of every array): a section with none
/// (an empty array, a nil optional) says nothing of its names, which must then resolve
/// outside it.
struct TemplateNames {
  let templates: [String: String]

  /// The templates that are pages: those no other includes as a partial.
  var pages: Set<String> {
    let partials = templates.values.flatMap { text in
      text.matches(of: Self.tag).filter { $0.output.2 == ">" }.map { String($0.output.3) }
    }
    return Set(templates.keys).subtracting(partials)
  }

  /// `{{`, a third `{`, the sigil, the name, `}}` and a third `}`.
  static var tag: Regex<(Substring, Substring, Substring, Substring)> {
    /\{\{(\{?)([#^\/>&!]?)\s*([^}]*?)\s*\}\}\}?/
  }

  /// The tags of `template` (and its partials) whose name resolves in none of `views`, as
  /// `template > partial:line:column: {{tag}}`.
  func unresolved(in template: String, views: [Any]) -> [String] {
    var failing: [String]?
    for view in views {
      var problems: [String] = []
      check(template, where: template, stack: [Section(values: [view])], problems: &problems)
      failing = failing.map { $0.filter { problems.contains($0) } } ?? problems
    }
    return failing ?? []
  }

  /// The values a section takes in a view; a name resolves in it when they have a property
  /// of that name.
  struct Section {
    var values: [Any]

    /// The values of the property `name` across `values`, or nil when they have none of
    /// that name (or no values to tell).
    func member(_ name: String) -> Section? {
      if name == "." { return self }
      guard let first = values.first,
        Mirror(reflecting: first).children.contains(where: { $0.label == name })
      else { return nil }
      let members = values.flatMap { value in
        Mirror(reflecting: value).children.filter { $0.label == name }.map(\.value)
      }
      return Section(values: members.flatMap(Section.elements))
    }

    /// What a section over `value` takes: a wrapped optional, each element of an array,
    /// else the value itself.
    static func elements(_ value: Any) -> [Any] {
      let mirror = Mirror(reflecting: value)
      switch mirror.displayStyle {
      case .optional?, .collection?, .set?: return mirror.children.flatMap { elements($0.value) }
      default: return [value]
      }
    }
  }

  /// Checks the tags of `name`, read at `place`, against the sections open in `stack`.
  private func check(
    _ name: String, where place: String, stack: [Section], problems: inout [String]
  ) {
    guard let text = templates[name] else {
      problems.append("\(place): no such template")
      return
    }
    var stack = stack
    // For each open section, whether it pushed a section on the stack.
    var opened: [Bool] = []
    for match in text.matches(of: Self.tag) {
      let (sigil, tagName) = (match.output.2, String(match.output.3))
      switch sigil {
      case "!": continue
      case ">":
        check(tagName, where: "\(place) > \(tagName)", stack: stack, problems: &problems)
      case "/":
        if opened.popLast() == true { stack.removeLast() }
      default:
        let found = resolve(tagName, in: stack)
        if found == nil {
          let before = text[..<match.range.lowerBound]
          let line = before.count(where: { $0 == "\n" }) + 1
          let lineStart = before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex
          let column = before.distance(from: lineStart, to: before.endIndex) + 1
          problems.append("\(place):\(line):\(column): \(match.output.0)")
        }
        guard sigil == "#" || sigil == "^" else { continue }
        // An inverted section, or one over a transform's result (`empty` gives a Bool),
        // reads the values around it.
        let pushes = sigil == "#" && !tagName.contains("(")
        if pushes { stack.append(found ?? Section(values: [])) }
        opened.append(pushes)
      }
    }
  }

  /// The section `name` resolves to in `stack`: its first component looked up from the
  /// innermost section outwards, each further one inside the last.
  private func resolve(_ name: String, in stack: [Section]) -> Section? {
    var name = Substring(name)
    if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
      name = name[name.index(after: open)..<name.index(before: name.endIndex)]
    }
    if name == "." { return stack.last }
    let parts = name.split(separator: ".").map(String.init)
    guard let first = parts.first,
      var section = stack.reversed().lazy.compactMap({ $0.member(first) }).first
    else { return nil }
    for part in parts.dropFirst() {
      guard let next = section.member(part) else { return nil }
      section = next
    }
    return section
  }
}
