import ProfileModel

/// A problem found while reading a document, tied to the line it is on.
///
/// Errors mean the document cannot be recorded; warnings are oddities the reader recovered
/// from. Rendered the way compilers do: `path:line: error: message`.
public struct Diagnostic: Hashable, Codable, Sendable, CustomStringConvertible {
  public enum Severity: String, Hashable, Codable, Sendable, Comparable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
  }

  public var severity: Severity
  /// The 1-based line number in the source document, or `nil` for the file as a whole.
  public var line: Int?
  public var message: String

  public init(_ severity: Severity, line: Int?, _ message: String) {
    self.severity = severity
    self.line = line
    self.message = message
  }

  public static func error(line: Int?, _ message: String) -> Diagnostic {
    Diagnostic(.error, line: line, message)
  }

  public static func warning(line: Int?, _ message: String) -> Diagnostic {
    Diagnostic(.warning, line: line, message)
  }

  /// `path:line: severity: message` (or `path: severity: message` without a line).
  public func formatted(path: String) -> String {
    if let line { return "\(path):\(line): \(severity.rawValue): \(message)" }
    return "\(path): \(severity.rawValue): \(message)"
  }

  public var description: String { formatted(path: "<document>") }
}

/// What reading a document produced: a profile when there are no errors, and every
/// diagnostic found, in line order.
public struct ParseResult: Hashable, Sendable {
  public var profile: Profile?
  public var diagnostics: [Diagnostic]
  /// The profile's values that were supplied to the reader, not read from the document.
  public var supplied: [SuppliedField]

  public init(profile: Profile?, diagnostics: [Diagnostic], supplied: [SuppliedField] = []) {
    self.profile = profile
    self.diagnostics = diagnostics
    self.supplied = supplied
  }

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
