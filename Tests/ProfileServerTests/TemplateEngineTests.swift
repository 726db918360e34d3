import Foundation
import Mustache
import Testing

@testable import ProfileServer

/// The pages' template engine against swift-mustache, the engine the templates were written
/// for: every page's view renders to the same bytes with both, and so do the constructs the
/// templates use, alone and where the two could part (lines a tag stands alone on, names
/// found in an enclosing section, escaping).
@Suite struct TemplateEngineTests {
  @Test func everyPageRendersAsSwiftMustacheRendersIt() throws {
    let reference = try Self.reference(Templates.files)
    let library = try Templates.library()
    for view in try TemplateVariableTests.views() {
      let name = type(of: view).template
      let expected = reference.render(Self.reflected(view), withTemplate: name)
      let rendered = library.page(name, view)
      #expect(!rendered.isEmpty)
      #expect(rendered == expected, "\(name) renders differently")
      if rendered != expected, let expected {
        let line = zip(rendered.split(separator: "\n"), expected.split(separator: "\n"))
          .first { $0 != $1 }
        Issue.record("first differing line: \(String(describing: line))")
      }
    }
  }

  /// Small templates over one value, each rendered by both engines.
  static let cases: [String] = [
    "a{{x}}b\n",
    "{{#list}}\n<li>{{name}}</li>\n{{/list}}\n",
    "  {{#list}}\n  <li>{{name}} {{x}}</li>\n  {{/list}}\nafter\n",
    "{{#list}}{{name}}{{/list}} {{#flag}}\nx\n{{/flag}}\n",
    "{{#flag}}\nyes{{/flag}}\n{{^flag}}\nno\n{{/flag}}\nend",
    "{{^empty(list)}}\n<ul>\n{{#list}}<li>{{name}}</li>{{/list}}\n</ul>\n{{/empty(list)}}\n",
    "{{^empty(none)}}not empty{{/empty(none)}}{{^empty(nothing)}}[no list]{{/empty(nothing)}}",
    "{{#missing}}hidden{{/missing}}{{^missing}}shown{{/missing}}",
    "{{#text}}<{{.}}>{{/text}}{{#number}}#{{.}}{{/number}}{{#zero}}{{.}}{{/zero}}",
    "{{x}} {{{x}}} {{& x}} {{ x }} {{number}} {{flag}} {{no}}",
    "{{#object}}{{inner}} {{x}} {{object.inner}}{{/object}} {{object.inner}} {{object.none}}",
    "{{#list}}{{#tags}}{{.}},{{/tags}};{{/list}}\n",
    "{{! a comment }}\n  {{! alone }}  \ntext {{! inline }} more\n",
    "{ {{x}} }} {{#flag}} {{/flag}}\t\n",
    "line\n{{#list}}\n\n{{/list}}\n\t{{^flag}}\t\nnever\n\t{{/flag}}\t\nlast",
    "{{#none}}\n{{/none}}",
    "a {{#flag}}\nb\n{{/flag}} c\n",
    "{{#flag}}x{{/flag}}\n  {{#flag}}\ny\n{{/flag}}",
    "{{#list}}{{^tags}}no tags{{/tags}}{{/list}}",
    "{{^empty(emptyList)}}x{{/empty(emptyList)}}{{#emptyList}}y{{/emptyList}}{{^emptyList}}z{{/emptyList}}",
  ]

  struct Item: Encodable {
    var name: String
    var tags: [String]
  }

  struct Object: Encodable {
    var inner: String
  }

  struct Value: Encodable {
    var x = "<b>\"fish\" & 'chips'</b> e\u{301} \"\u{301}"
    var list = [Item(name: "one", tags: ["a", "b"]), Item(name: "two & more", tags: [])]
    var emptyList: [Item] = []
    var flag = true
    var text = "plain"
    var number = 42
    var zero = 0
    var none: [String]? = nil
    var object = Object(inner: "in")
  }

  @Test(arguments: cases) func aTemplateRendersAsSwiftMustacheRendersIt(_ text: String) throws {
    let expected = try MustacheTemplate(string: text).render(Self.reflected(Value()))
    let rendered = try TemplateLibrary(files: ["page": text]).render("page", TemplateValue(Value()))
    #expect(rendered == expected)
  }

  /// swift-mustache prints a dictionary's or an array's Swift description (in no set order);
  /// no page prints either, and the engine prints nothing.
  @Test func aListOrMembersPrintNothing() throws {
    let library = try TemplateLibrary(files: [
      "page": "[{{list}}][{{object}}][{{#list}}{{.}}{{/list}}]"
    ])
    #expect(library.render("page", try TemplateValue(Value())) == "[][][]")
  }

  @Test func whatThePagesDoNotUseIsRefused() {
    for text in [
      "{{=<% %>=}}", "{{<parent}}{{/parent}}", "{{$block}}{{/block}}", "{{%CONTENT_TYPE:TEXT}}",
      "{{> *dynamic}}", "  {{> indented}}\n", "{{reversed(list)}}", "{{.name}}",
      "{{#a}}{{/b}}", "{{#a}}", "{{unfinished", "{{> missing}}",
    ] {
      #expect(throws: (any Error).self, "\(text)") {
        try TemplateLibrary(files: ["page": text, "indented": "", "dynamic": ""])
      }
    }
  }

  @Test func aViewIsItsStoredPropertiesByName() throws {
    struct View: Encodable {
      var text = "a"
      var number = 3
      var flag = false
      var absent: String? = nil
      var present: Int? = 7
      var list = [[1, 2], [3]]
    }
    let member = TemplateValue.Member.init
    #expect(
      try TemplateValue(View())
        == .members([
          member("text", .text("a")), member("number", .text("3")), member("flag", .flag(false)),
          member("present", .text("7")),
          member("list", .list([.list([.text("1"), .text("2")]), .list([.text("3")])])),
        ]))
  }

  // MARK: The reference

  static func reference(_ files: [String: String]) throws -> MustacheLibrary {
    var library = MustacheLibrary()
    for (name, text) in files.sorted(by: { $0.key < $1.key }) {
      try library.register(text, named: name)
    }
    return library
  }

  /// `value` as the pages gave it to swift-mustache: every struct a dictionary of its stored
  /// properties (a nil one left out), every array an array of such values.
  static func reflected(_ value: Any) -> Any {
    switch value {
    case is String, is Int, is Bool, is Double: return value
    case let array as [Any]: return array.map(reflected)
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .struct?, .class?:
      var members: [String: Any] = [:]
      for child in mirror.children {
        guard let label = child.label else { continue }
        let member = Mirror(reflecting: child.value)
        if member.displayStyle == .optional {
          guard let wrapped = member.children.first?.value else { continue }
          members[label] = reflected(wrapped)
        } else {
          members[label] = reflected(child.value)
        }
      }
      return members
    case .collection?:
      return mirror.children.map { reflected($0.value) }
    default:
      return value
    }
  }
}
