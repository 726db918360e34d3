import Foundation

/// One example of a `console` block in the documentation: a command as a user types it
/// (after `$ `, with its `\` continuation lines and the lines it goes on with after the
/// shell's `> `) and the output shown under it.
public struct ConsoleExample: Hashable, Sendable {
  /// The Markdown file and the line of the command, for messages.
  public var file: String
  public var line: Int
  /// The command, continuation lines included, as bash reads it.
  public var command: String
  /// The lines shown under it, up to the next command or the end of the block.
  public var expected: [String]

  /// Whether the command runs in the background (`… &`), as a server does.
  public var isBackground: Bool {
    command.trimmingCharacters(in: .whitespaces).hasSuffix("&")
  }

  /// Whether the command asks for the exit status of the one before (`echo $?`).
  public var asksForStatus: Bool {
    command.trimmingCharacters(in: .whitespaces) == "echo $?"
  }

  /// The examples of every ```` ```console ```` block of `markdown`, in order. Other blocks
  /// (`sh` for commands shown without their output, `text` for measurements) are not
  /// examples.
  public static func examples(in markdown: String, file: String) -> [ConsoleExample] {
    var examples: [ConsoleExample] = []
    var inConsole = false
    var inOtherBlock = false
    var continuing = false
    for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let text = String(line)
      if text.hasPrefix("```") {
        if inConsole || inOtherBlock {
          inConsole = false
          inOtherBlock = false
        } else if text == "```console" {
          inConsole = true
        } else {
          inOtherBlock = true
        }
        continuing = false
        continue
      }
      guard inConsole else { continue }
      if continuing, var last = examples.popLast() {
        last.command += "\n" + text
        examples.append(last)
        continuing = text.hasSuffix("\\")
      } else if text.hasPrefix("> "), var last = examples.popLast(), last.expected.isEmpty {
        // The shell's second prompt: a here-document or a quote that goes on.
        last.command += "\n" + text.dropFirst(2)
        examples.append(last)
      } else if text.hasPrefix("$ ") {
        examples.append(
          ConsoleExample(
            file: file, line: index + 1, command: String(text.dropFirst(2)), expected: []))
        continuing = text.hasSuffix("\\")
      } else if var last = examples.popLast() {
        last.expected.append(text)
        examples.append(last)
      }
    }
    // A blank line between one example's output and the next command is not output.
    return examples.map { example in
      var example = example
      while example.expected.last == "" { example.expected.removeLast() }
      return example
    }
  }
}

/// Compares what a command printed with what the documentation shows, where some values
/// cannot be the same from one run to the next: a SHA-256 (64 hex digits) and a recorded
/// time (`2026-11-29T13:54:20.457721Z`) match any of their kind, and `…` matches any text
/// within a line; a line that is only `…` matches any number of lines. A value matched
/// once stands for the same value from then on: the hash shown in one example's output
/// is the one a later example's command uses, and the same value must come back wherever
/// the documentation repeats it (and two values the documentation shows as different must
/// differ).
public struct ConsoleMatcher: Sendable {
  /// The documentation's values, with what this run printed in their place.
  public private(set) var values: [String: String] = [:]

  public init() {}

  /// Whether `lines` show a value that changes from run to run.
  public static func showVariableValues(_ lines: [String]) -> Bool {
    lines.contains { variable.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
  }

  static let hash = "[0-9a-f]{64}"
  static let time = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6}Z"
  private static let variable = try! NSRegularExpression(pattern: "\(hash)|\(time)")

  /// `command` with every value the documentation showed earlier replaced by this run's.
  public func substituted(_ command: String) -> String {
    values.reduce(command) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
  }

  /// Nil when `actual` matches `expected` (and the values it matched are remembered), else
  /// what differs.
  public mutating func match(expected: [String], actual: [String]) -> String? {
    var found: [String: String] = [:]
    guard matchLines(expected[...], actual[...], &found) else {
      return "expected:\n" + expected.joined(separator: "\n") + "\nprinted:\n"
        + actual.joined(separator: "\n")
    }
    for (documented, printed) in found {
      if let known = values[documented], known != printed {
        return "\(documented) stood for \(known) earlier, here for \(printed)"
      }
      if let other = values.first(where: { $0.value == printed && $0.key != documented }) {
        return "\(documented) and \(other.key) stand for the same value, \(printed)"
      }
      values[documented] = printed
    }
    return nil
  }

  private func matchLines(
    _ expected: ArraySlice<String>, _ actual: ArraySlice<String>, _ found: inout [String: String]
  ) -> Bool {
    guard let first = expected.first else { return actual.isEmpty }
    if first == "…" {
      // Any number of lines, the fewest first.
      var rest = actual
      while true {
        var attempt = found
        if matchLines(expected.dropFirst(), rest, &attempt) {
          found = attempt
          return true
        }
        guard !rest.isEmpty else { return false }
        rest = rest.dropFirst()
      }
    }
    guard let line = actual.first, matchLine(first, line, &found) else { return false }
    return matchLines(expected.dropFirst(), actual.dropFirst(), &found)
  }

  /// Whether `line` matches `expected`, its variable values added to `found`.
  func matchLine(_ expected: String, _ line: String, _ found: inout [String: String]) -> Bool {
    let range = NSRange(expected.startIndex..., in: expected)
    let variables = Self.variable.matches(in: expected, range: range)
    guard !variables.isEmpty || expected.contains("…") else { return expected == line }
    var pattern = "^"
    var documented: [String] = []
    var position = expected.startIndex
    func literal(_ text: Substring) {
      pattern += text.split(separator: "…", omittingEmptySubsequences: false)
        .map { NSRegularExpression.escapedPattern(for: String($0)) }
        .joined(separator: ".*?")
    }
    for variable in variables {
      let match = Range(variable.range, in: expected)!
      literal(expected[position..<match.lowerBound])
      let value = String(expected[match])
      documented.append(value)
      pattern += value.contains("T") ? "(\(Self.time))" : "(\(Self.hash))"
      position = match.upperBound
    }
    literal(expected[position...])
    pattern += "$"
    guard let regex = try? NSRegularExpression(pattern: pattern),
      let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
    else { return false }
    for (index, value) in documented.enumerated() {
      guard let captured = Range(match.range(at: index + 1), in: line) else { return false }
      let printed = String(line[captured])
      if let earlier = found[value], earlier != printed { return false }
      found[value] = printed
    }
    return true
  }
}
