/// A run of words in a word diff: kept, inserted or deleted.
public struct WordRun: Hashable, Codable, Sendable {
  public enum Kind: String, Hashable, Codable, Sendable {
    case equal
    case inserted
    case deleted
  }

  public var kind: Kind
  /// The run's words, separated by a line break where the text breaks the line between
  /// them, otherwise by one space.
  public var text: String

  public init(_ kind: Kind, _ text: String) {
    self.kind = kind
    self.text = text
  }
}
