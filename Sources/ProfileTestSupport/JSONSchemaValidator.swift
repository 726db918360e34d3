import Foundation
import ProfileModel

/// A JSON value, decoded without Foundation's number and boolean ambiguities.
public indirect enum JSONValue: Decodable, Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  public static func parse(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }
}

/// Checks a JSON value against the subset of JSON Schema (2020-12) that `Schema/openapi.json`
/// and `Schema/changelog.schema.json` use: `type` (one or several), `properties`, `required`,
/// `additionalProperties: false`, `items`, `enum`, `const`, `pattern`, `format: date` (a day
/// that exists, `yyyy-mm-dd`, as ``ProfileDate`` reads it), `minimum`, `maximum`,
/// `minItems`, `dependentRequired`, and `$ref` as a JSON pointer into the same document (`#/$defs/…`,
/// `#/components/schemas/…`) or to another file of `Schema/` (`changelog.schema.json`). A
/// keyword outside that subset (another `format` too) is reported as an error, so the schema
/// cannot drift beyond what is checked.
public struct JSONSchemaValidator: Sendable {
  /// The document the schema's own references point into.
  public let root: JSONValue
  /// Other documents by file name, for references to them.
  public var documents: [String: JSONValue] = [:]

  public init(root: JSONValue, documents: [String: JSONValue] = [:]) {
    self.root = root
    self.documents = documents
  }

  static let known: Set<String> = [
    "$schema", "$id", "$defs", "title", "description", "type", "properties", "required",
    "additionalProperties", "items", "enum", "const", "pattern", "format", "minimum", "maximum",
    "minItems", "dependentRequired", "$ref",
  ]

  /// The JSON value at `pointer` (`#/a/b`) in `document`.
  public static func resolve(_ pointer: String, in document: JSONValue) -> JSONValue? {
    guard pointer.hasPrefix("#") else { return nil }
    var value = document
    for token in pointer.dropFirst().split(separator: "/") {
      let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(
        of: "~0", with: "~")
      guard case .object(let members) = value, let next = members[key] else { return nil }
      value = next
    }
    return value
  }

  /// Every place where `value` breaks the schema, as `path: problem`.
  public func errors(_ value: JSONValue) -> [String] {
    errors(value, against: root)
  }

  /// Every place where `value` breaks `schema`, a part of the document.
  public func errors(_ value: JSONValue, against schema: JSONValue) -> [String] {
    var errors: [String] = []
    check(value, against: schema, at: "$", into: &errors)
    return errors
  }

  private func check(
    _ value: JSONValue, against schema: JSONValue, at path: String, into errors: inout [String]
  ) {
    guard case .object(let rules) = schema else {
      errors.append("\(path): schema is not an object")
      return
    }
    for key in rules.keys where !Self.known.contains(key) {
      errors.append("\(path): schema keyword '\(key)' is not supported by this validator")
    }
    if let format = rules["format"], format != .string("date") {
      errors.append("\(path): format \(format) is not supported by this validator")
    }
    if case .string(let reference)? = rules["$ref"] {
      if reference.hasPrefix("#") {
        guard let target = Self.resolve(reference, in: root) else {
          errors.append("\(path): unresolved $ref \(reference)")
          return
        }
        check(value, against: target, at: path, into: &errors)
      } else {
        guard let document = documents[reference] else {
          errors.append("\(path): unresolved $ref \(reference)")
          return
        }
        var other = JSONSchemaValidator(root: document)
        other.documents = documents
        errors += other.errors(value).map { $0.hasPrefix("$") ? path + $0.dropFirst() : $0 }
      }
    }
    if let type = rules["type"] {
      let allowed: [String]
      switch type {
      case .string(let one): allowed = [one]
      case .array(let many):
        allowed = many.compactMap { if case .string(let s) = $0 { s } else { nil } }
      default: allowed = []
      }
      guard allowed.contains(where: { Self.matches(value, type: $0) }) else {
        errors.append("\(path): expected \(allowed.joined(separator: " or ")), found \(value)")
        return
      }
    }
    if let constant = rules["const"], constant != value {
      errors.append("\(path): expected \(constant), found \(value)")
    }
    if case .array(let options)? = rules["enum"], !options.contains(value) {
      errors.append("\(path): \(value) is not one of \(options)")
    }
    switch value {
    case .string(let text):
      if case .string(let pattern)? = rules["pattern"],
        text.range(of: pattern, options: .regularExpression) == nil
      {
        errors.append("\(path): '\(text)' does not match \(pattern)")
      }
      if rules["format"] == .string("date"), ProfileDate(iso: text) == nil {
        errors.append("\(path): '\(text)' is not a date")
      }
    case .number(let number):
      if case .number(let minimum)? = rules["minimum"], number < minimum {
        errors.append("\(path): \(number) < \(minimum)")
      }
      if case .number(let maximum)? = rules["maximum"], number > maximum {
        errors.append("\(path): \(number) > \(maximum)")
      }
    case .array(let elements):
      if case .number(let minimum)? = rules["minItems"], Double(elements.count) < minimum {
        errors.append("\(path): \(elements.count) items, fewer than \(minimum)")
      }
      if let items = rules["items"] {
        for (index, element) in elements.enumerated() {
          check(element, against: items, at: "\(path)[\(index)]", into: &errors)
        }
      }
    case .object(let members):
      if case .array(let required)? = rules["required"] {
        for case .string(let key) in required where members[key] == nil {
          errors.append("\(path): missing '\(key)'")
        }
      }
      if case .object(let dependencies)? = rules["dependentRequired"] {
        for (key, dependency) in dependencies.sorted(by: { $0.key < $1.key })
        where members[key] != nil {
          guard case .array(let needed) = dependency else { continue }
          for case .string(let other) in needed where members[other] == nil {
            errors.append("\(path): '\(key)' without '\(other)'")
          }
        }
      }
      let properties: [String: JSONValue]
      if case .object(let declared)? = rules["properties"] {
        properties = declared
      } else {
        properties = [:]
      }
      for (key, member) in members.sorted(by: { $0.key < $1.key }) {
        if let property = properties[key] {
          check(member, against: property, at: "\(path).\(key)", into: &errors)
        } else if rules["additionalProperties"] == .bool(false) {
          errors.append("\(path): unexpected '\(key)'")
        }
      }
    case .null, .bool: break
    }
  }

  private static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array),
      ("object", .object), ("number", .number):
      true
    case ("integer", .number(let number)): number == number.rounded()
    default: false
    }
  }
}
