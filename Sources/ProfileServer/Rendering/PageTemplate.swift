/// A Mustache template, parsed once: text, variables (`{{name}}` escaped for HTML,
/// `{{{name}}}` and `{{&name}}` not), sections (`{{#name}}…{{/name}}`), inverted sections
/// (`{{^name}}…{{/name}}`), partials (`{{> name}}`) and comments; a name is `.`, a dotted path,
/// or `empty(name)`.
///
/// The templates are read as swift-mustache reads them (`TemplateEngineTests` renders every
/// page with both and compares the bytes): a section, inverted section, closing tag, partial
/// or comment alone on its line takes the line with it. What the pages do not use (set
/// delimiters, template inheritance, other transforms, dynamic or indented partials) is
/// refused when the template is parsed, not rendered differently.
struct PageTemplate: Sendable {
  indirect enum Node: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, inverted: Bool, body: [Node])
    case partial(String)
  }

  let nodes: [Node]

  init(_ text: String) throws {
    var parser = Parser(text)
    nodes = try parser.parse(section: nil, newLine: true)
  }

  /// What a template does not say well, or says in a way the pages do not use.
  enum ParseError: Error, Equatable {
    case unfinishedTag(line: Int)
    case closesAnotherSection(line: Int)
    case unclosedSection(String)
    case unsupported(String, line: Int)
  }
}

/// A name a tag reads: `.` (the innermost value), a dotted path looked up from the innermost
/// section outwards, with the transforms applied to it (`empty(a)`: whether `a` is empty).
struct TemplateName: Sendable, Equatable {
  /// The path's names; empty for `.`.
  var path: [String]
  /// The transforms, outermost first.
  var transforms: [String]

  static let supportedTransforms: Set<String> = ["empty"]
}

extension PageTemplate {
  /// Reads a template character by character, the way swift-mustache's parser does.
  private struct Parser {
    let text: String
    var position: String.Index

    init(_ text: String) {
      self.text = text
      position = text.startIndex
    }

    var atEnd: Bool { position == text.endIndex }
    var current: Character { atEnd ? "\0" : text[position] }
    mutating func advance() { position = text.index(after: position) }

    /// The line of `index`, from 1: where a parse error is.
    func line(_ index: String.Index) -> Int { text[..<index].count(where: \.isNewline) + 1 }

    @discardableResult
    mutating func read(while belongs: (Character) -> Bool) -> Substring {
      let start = position
      while !atEnd, belongs(text[position]) { advance() }
      return text[start..<position]
    }

    /// Reads `expected` if the text goes on with it.
    mutating func read(_ expected: String) -> Bool {
      guard text[position...].hasPrefix(expected) else { return false }
      position = text.index(position, offsetBy: expected.count)
      return true
    }

    /// The nodes up to the end of the text, or of the section `section` (its name and
    /// transforms) after its closing tag. `newLine`: whether a line starts here.
    mutating func parse(section: TemplateName?, newLine: Bool) throws -> [Node] {
      var nodes: [Node] = []
      var newLine = newLine
      var whitespaceBefore: Substring = ""
      while !atEnd {
        if newLine { whitespaceBefore = read(while: { $0 == " " || $0 == "\t" }) }
        let text = try readUntilTagOrNewline()
        if current.isNewline {
          nodes.append(.text(String(whitespaceBefore) + text + String(current)))
          newLine = true
          advance()
          continue
        }
        if !text.isEmpty {
          nodes.append(.text(String(whitespaceBefore) + text))
          whitespaceBefore = ""
          newLine = false
        }
        if atEnd { break }
        // A tag, its `{{` read.
        let tag = position
        var standalone = false
        func emitWhitespace() {
          if !whitespaceBefore.isEmpty {
            nodes.append(.text(String(whitespaceBefore)))
            whitespaceBefore = ""
          }
        }
        switch current {
        case "#", "^":
          let inverted = current == "^"
          advance()
          let name = try readName()
          if newLine && lineFinished() {
            standalone = true
          } else {
            emitWhitespace()
          }
          let body = try parse(section: name, newLine: standalone)
          nodes.append(.section(name, inverted: inverted, body: body))
        case "/":
          advance()
          let name = try readName()
          guard name == section else { throw ParseError.closesAnotherSection(line: line(tag)) }
          if !(newLine && lineFinished()) { emitWhitespace() }
          return nodes
        case "!":
          advance()
          guard let end = self.text[position...].range(of: "}}") else {
            throw ParseError.unfinishedTag(line: line(tag))
          }
          position = end.upperBound
          standalone = newLine && lineFinished()
        case "{", "&":
          let triple = current == "{"
          emitWhitespace()
          advance()
          let name = try readName()
          if triple, !read("}") { throw ParseError.unfinishedTag(line: line(tag)) }
          nodes.append(.variable(name, escaped: false))
        case ">":
          advance()
          read(while: \.isWhitespace)
          if current == "*" { throw ParseError.unsupported("dynamic partial", line: line(tag)) }
          let name = String(read(while: Parser.partialNameCharacters.contains))
          read(while: \.isWhitespace)
          guard read("}}") else { throw ParseError.unfinishedTag(line: line(tag)) }
          if newLine && lineFinished() {
            standalone = true
            if !whitespaceBefore.isEmpty {
              throw ParseError.unsupported("indented partial", line: line(tag))
            }
          }
          emitWhitespace()
          nodes.append(.partial(name))
        case "<", "$", "=", "%":
          throw ParseError.unsupported("{{\(current)", line: line(tag))
        default:
          emitWhitespace()
          nodes.append(.variable(try readName(), escaped: true))
        }
        newLine = standalone
      }
      if let section {
        throw ParseError.unclosedSection((section.transforms + section.path).joined(separator: "."))
      }
      return nodes
    }

    /// The text up to the next tag (its `{{` read) or line end (not read).
    mutating func readUntilTagOrNewline() throws -> String {
      var text = ""
      while !atEnd {
        text += read(while: { $0 != "\n" && $0 != "\r\n" && $0 != "{" })
        if current.isNewline { break }
        if current == "{" {
          if read("{{") { break }
          text.append("{")
          advance()
        }
      }
      return text
    }

    /// Whether the line ends here, with nothing but spaces and tabs; if so, reads them and
    /// the line end.
    mutating func lineFinished() -> Bool {
      if atEnd { return true }
      let start = position
      read(while: { $0 == " " || $0 == "\t" })
      if current.isNewline {
        advance()
        return true
      }
      position = start
      return false
    }

    /// A tag's name up to its `}}`: `a`, `a.b`, `.` or `transform(a)`.
    mutating func readName() throws -> TemplateName {
      let tag = position
      read(while: \.isWhitespace)
      var name = read(while: Parser.nameCharacters.contains)
      read(while: \.isWhitespace)
      guard read("}}") else { throw ParseError.unfinishedTag(line: line(tag)) }
      // `a(b(c))`: the transforms a and b of c.
      var transforms: [String] = []
      while let open = name.firstIndex(of: "(") {
        guard name.hasSuffix(")") else { throw ParseError.unfinishedTag(line: line(tag)) }
        transforms.append(String(name[..<open]))
        name = name[name.index(after: open)..<name.index(before: name.endIndex)]
      }
      guard !name.contains(")"), !transforms.contains(where: \.isEmpty) else {
        throw ParseError.unfinishedTag(line: line(tag))
      }
      for transform in transforms where !TemplateName.supportedTransforms.contains(transform) {
        throw ParseError.unsupported("transform \(transform)", line: line(tag))
      }
      if name == "." { return TemplateName(path: [], transforms: transforms) }
      let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      guard !path.contains(where: \.isEmpty) else {
        throw ParseError.unsupported("name '\(name)'", line: line(tag))
      }
      return TemplateName(path: path, transforms: transforms)
    }

    static let nameCharacters = Set(
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let partialNameCharacters = nameCharacters.union(["/"])
  }
}
