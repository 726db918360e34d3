/// The page templates by name, parsed, and their rendering.
///
/// Rendering walks the parsed template over a ``TemplateValue``: a name is looked up in the
/// innermost section's value, then outwards; a section over a list renders once per element,
/// over `true` once, over text or members once inside that value, and not at all over
/// `false`, an empty list or a name not found; an inverted section renders exactly when the
/// section would not. Variables print text (escaped for HTML unless the tag is triple) and
/// flags as `true` or `false`.
struct TemplateLibrary: Sendable {
  private let templates: [String: PageTemplate]

  /// The templates `files` (text by name), parsed; every partial they name must be among them.
  init(files: [String: String]) throws {
    var templates: [String: PageTemplate] = [:]
    for (name, text) in files {
      do {
        templates[name] = try PageTemplate(text)
      } catch {
        throw TemplateError(template: name, error: error)
      }
    }
    for (name, template) in templates {
      for partial in template.partials where templates[partial] == nil {
        throw TemplateError(template: name, error: UnknownPartial(name: partial))
      }
    }
    self.templates = templates
  }

  struct TemplateError: Error {
    var template: String
    var error: any Error
  }

  struct UnknownPartial: Error {
    var name: String
  }

  /// The template `name` rendered over `value`; nil if there is no such template.
  func render(_ name: String, _ value: TemplateValue) -> String? {
    guard let template = templates[name] else { return nil }
    var rendering = Rendering(templates: templates, stack: [value])
    rendering.render(template.nodes)
    return rendering.output
  }
}

extension PageTemplate {
  /// The partials the template names.
  var partials: [String] {
    func partials(_ nodes: [Node]) -> [String] {
      nodes.flatMap { node -> [String] in
        switch node {
        case .partial(let name): [name]
        case .section(_, _, let body): partials(body)
        case .text, .variable: []
        }
      }
    }
    return partials(nodes)
  }
}

/// One page being rendered: the values of the sections open, innermost last, and the text so
/// far.
private struct Rendering {
  let templates: [String: PageTemplate]
  var stack: [TemplateValue]
  var output = ""

  init(templates: [String: PageTemplate], stack: [TemplateValue]) {
    self.templates = templates
    self.stack = stack
    output.reserveCapacity(1 << 16)
  }

  mutating func render(_ nodes: [PageTemplate.Node]) {
    for node in nodes {
      switch node {
      case .text(let text):
        output += text
      case .variable(let name, let escaped):
        switch value(name) {
        case .text(let text)?:
          if escaped { output.appendEscapingHTML(text) } else { output += text }
        case .flag(let flag)?:
          output += flag ? "true" : "false"
        case .list?, .members?, nil:
          break
        }
      case .section(let name, let inverted, let body):
        section(value(name), inverted: inverted, body)
      case .partial(let name):
        if let partial = templates[name] { render(partial.nodes) }
      }
    }
  }

  mutating func section(_ value: TemplateValue?, inverted: Bool, _ body: [PageTemplate.Node]) {
    switch (value, inverted) {
    case (.list(let elements)?, false):
      for element in elements { render(body, in: element) }
    case (.list(let elements)?, true):
      if elements.isEmpty { render(body, in: .list([])) }
    case (.flag(let flag)?, _):
      if flag != inverted { render(body) }
    case (let value?, false):
      render(body, in: value)
    case (_?, true):
      break
    case (nil, false):
      break
    case (nil, true):
      render(body)
    }
  }

  mutating func render(_ nodes: [PageTemplate.Node], in value: TemplateValue) {
    stack.append(value)
    render(nodes)
    stack.removeLast()
  }

  /// The value `name` reads: its first name looked up from the innermost section outwards,
  /// each further one inside the last, then transformed.
  func value(_ name: TemplateName) -> TemplateValue? {
    var value: TemplateValue?
    if let first = name.path.first {
      for enclosing in stack.reversed() {
        if let found = enclosing.member(first) {
          value = found
          break
        }
      }
      for next in name.path.dropFirst() { value = value?.member(next) }
    } else {
      value = stack.last
    }
    for transform in name.transforms.reversed() {
      guard let transformed = value else { return nil }
      switch (transform, transformed) {
      case ("empty", .list(let elements)): value = .flag(elements.isEmpty)
      case ("empty", .text(let text)): value = .flag(text.isEmpty)
      case ("empty", .members(let members)): value = .flag(members.isEmpty)
      default: return nil
      }
    }
    return value
  }
}

extension String {
  /// Appends `text` with `<`, `>`, `&`, `"` and `'` as HTML entities, character by character
  /// (a quote with a combining mark is another character, kept as it is).
  mutating func appendEscapingHTML(_ text: String) {
    let special = text.utf8.contains { byte in
      byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
    guard special else {
      self += text
      return
    }
    for character in text {
      switch character {
      case "<": self += "&lt;"
      case ">": self += "&gt;"
      case "&": self += "&amp;"
      case "\"": self += "&quot;"
      case "'": self += "&#39;"
      default: append(character)
      }
    }
  }
}
