/// A page's values as its template reads them: text, a flag, a list, or named members.
///
/// A view is `Encodable`, and ``init(_:)`` turns it into this tree once per page through
/// the conformance the compiler writes: each struct is its stored properties by name (a nil
/// optional left out, so that a name not found is looked up in the enclosing sections),
/// each array a list, a number its decimal text. No value is reflected at run time.
enum TemplateValue: Sendable, Equatable {
  case text(String)
  case flag(Bool)
  case list([TemplateValue])
  /// A struct's stored properties in the order it declares them: looked up by name along a
  /// short list, which costs less than hashing into a dictionary built for every row.
  case members([Member])

  struct Member: Sendable, Equatable {
    var name: String
    var value: TemplateValue
  }

  init(_ value: some Encodable) throws {
    switch value {
    case let text as String: self = .text(text)
    case let flag as Bool: self = .flag(flag)
    case let number as Int: self = .text(String(number))
    default:
      let encoder = ValueEncoder()
      try value.encode(to: encoder)
      self = encoder.value
    }
  }

  /// The member `name`, when this holds members and one of that name.
  func member(_ name: String) -> TemplateValue? {
    guard case .members(let members) = self else { return nil }
    return members.first { $0.name == name }?.value
  }
}

/// Builds a ``TemplateValue`` from an `Encodable` value: what it encodes in a keyed container
/// becomes members, in an unkeyed one a list, in a single value container that value.
private final class ValueEncoder: Encoder {
  let codingPath: [any CodingKey] = []
  let userInfo: [CodingUserInfoKey: Any] = [:]

  private enum Kind { case members, list, single }
  private var kind = Kind.members
  private var members: [TemplateValue.Member] = []
  private var elements: [TemplateValue] = []
  private var single = TemplateValue.members([])
  /// Containers nested in this one (by their key in a keyed one), filled after they were
  /// handed out: read when the value is.
  private var nested: [(key: String?, encoder: ValueEncoder)] = []

  var value: TemplateValue {
    switch kind {
    case .members:
      var members = members
      for (key, encoder) in nested {
        members.append(TemplateValue.Member(name: key ?? "super", value: encoder.value))
      }
      return .members(members)
    case .list: return .list(elements + nested.map(\.encoder.value))
    case .single: return single
    }
  }

  func put(_ value: TemplateValue, for key: String) {
    members.append(TemplateValue.Member(name: key, value: value))
  }
  func append(_ value: TemplateValue) { elements.append(value) }
  func set(_ value: TemplateValue) {
    kind = .single
    single = value
  }

  func child(for key: String?) -> ValueEncoder {
    let encoder = ValueEncoder()
    nested.append((key, encoder))
    return encoder
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    kind = .members
    members.reserveCapacity(8)
    return KeyedEncodingContainer(Keyed(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    kind = .list
    return Unkeyed(encoder: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

  private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) {
      encoder.put(.flag(value), for: key.stringValue)
    }
    mutating func encode(_ value: String, forKey key: Key) {
      encoder.put(.text(value), for: key.stringValue)
    }
    mutating func encode(_ value: Int, forKey key: Key) {
      encoder.put(.text(String(value)), for: key.stringValue)
    }
    mutating func encode(_ value: Double, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { number(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { number(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      encoder.put(try TemplateValue(value), for: key.stringValue)
    }
    private func number(_ value: some CustomStringConvertible, _ key: Key) {
      encoder.put(.text(value.description), for: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      encoder.child(for: key.stringValue).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      encoder.child(for: key.stringValue).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.child(for: nil) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
      encoder.child(for: key.stringValue)
    }
  }

  private struct Unkeyed: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.elements.count }

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { encoder.append(.flag(value)) }
    mutating func encode(_ value: String) { encoder.append(.text(value)) }
    mutating func encode(_ value: Int) { encoder.append(.text(String(value))) }
    mutating func encode(_ value: Double) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: Float) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: Int8) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: Int16) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: Int32) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: Int64) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: UInt) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: UInt8) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: UInt16) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: UInt32) { encoder.append(.text(value.description)) }
    mutating func encode(_ value: UInt64) { encoder.append(.text(value.description)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      encoder.append(try TemplateValue(value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      encoder.child(for: nil).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      encoder.child(for: nil).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.child(for: nil) }
  }

  private struct Single: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { encoder.set(.flag(value)) }
    mutating func encode(_ value: String) { encoder.set(.text(value)) }
    mutating func encode(_ value: Int) { encoder.set(.text(String(value))) }
    mutating func encode(_ value: Double) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: Float) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: Int8) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: Int16) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: Int32) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: Int64) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: UInt) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: UInt8) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: UInt16) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: UInt32) { encoder.set(.text(value.description)) }
    mutating func encode(_ value: UInt64) { encoder.set(.text(value.description)) }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.set(try TemplateValue(value)) }
  }
}
