import Mustache

/// The page templates, compiled into the binary from `Templates/*.mustache` so that it runs
/// alone from any directory (`EmbeddedTemplates+Files.swift` is generated from them, and a
/// test checks that it is up to date).
enum Templates {
  /// The templates, parsed; each page includes the partials `head` and `foot`.
  static func library() throws -> MustacheLibrary {
    var library = MustacheLibrary()
    for (name, text) in files.sorted(by: { $0.key < $1.key }) {
      try library.register(text, named: name)
    }
    return library
  }

  /// A short digest of every template, part of each ETag: a new binary that renders
  /// differently never matches a tag an older one gave.
  static let version: String = {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (name, text) in files.sorted(by: { $0.key < $1.key }) {
      for byte in (name + "\u{0}" + text).utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    return String(String(hash, radix: 16).suffix(8))
  }()
}

extension MustacheLibrary {
  /// The page `name` rendered from `view`; empty if there is no such template.
  func page(_ name: String, _ view: Any) -> String {
    render(Templates.context(view), withTemplate: name) ?? ""
  }
}

extension Templates {
  /// `value` as Mustache looks it up fastest: every struct a dictionary of its stored
  /// properties (a nil one left out), every array an array of such values, recursively.
  ///
  /// Mustache reads a struct by reflecting it on every name it looks up, and a name not found
  /// is looked up again in each enclosing value; reflecting each value once instead makes a
  /// page several times faster to render.
  static func context(_ value: Any) -> Any {
    switch value {
    case is String, is Int, is Bool, is Double: return value
    case let array as [Any]: return array.map(context)
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .struct?, .class?:
      var members: [String: Any] = [:]
      members.reserveCapacity(mirror.children.count)
      for child in mirror.children {
        guard let label = child.label else { continue }
        let member = Mirror(reflecting: child.value)
        if member.displayStyle == .optional {
          guard let wrapped = member.children.first?.value else { continue }
          members[label] = context(wrapped)
        } else {
          members[label] = context(child.value)
        }
      }
      return members
    case .collection?:
      return mirror.children.map { context($0.value) }
    default:
      return value
    }
  }
}
