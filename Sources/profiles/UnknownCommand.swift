import ArgumentParser

/// A first argument that names no command, and the commands it is nearest to: what a
/// misspelt command (`profiles histroy BLZ`) is told, instead of "2 unexpected arguments".
struct UnknownCommand: CustomStringConvertible {
  /// The argument as given.
  var name: String
  /// The commands it may be a misspelling of, nearest first; empty when none is near.
  var suggestions: [String]

  /// The unknown command `arguments` start with, or `nil` when they start with a command, an
  /// option, or nothing.
  init?(arguments: [String], among commands: [any ParsableCommand.Type]) {
    guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
    let names =
      commands.flatMap { [$0._commandName] + $0.configuration.aliases } + ["help"]
    guard !names.contains(first) else { return nil }
    name = first
    suggestions = UnknownCommand.nearest(to: first, among: names)
  }

  /// `unknown command 'histroy'; did you mean 'history'?`
  var description: String {
    let quoted = suggestions.map { "'\($0)'" }
    switch quoted.count {
    case 0: return "unknown command '\(name)'"
    case 1: return "unknown command '\(name)'; did you mean \(quoted[0])?"
    default:
      return "unknown command '\(name)'; did you mean "
        + "\(quoted.dropLast().joined(separator: ", ")) or \(quoted.last!)?"
    }
  }

  /// The names nearest to `word`: those a few typing slips away (one slip for a short
  /// word, two for a longer one), else those it begins. Case is ignored.
  static func nearest(to word: String, among names: [String]) -> [String] {
    let typed = Array(word.lowercased())
    let allowed = typed.count <= 4 ? 1 : 2
    let scored = names.map { (name: $0, distance: slips(typed, Array($0))) }
    if let best = scored.map(\.distance).min(), best <= allowed {
      return scored.filter { $0.distance == best }.map(\.name)
    }
    guard typed.count >= 2 else { return [] }
    return names.filter { $0.hasPrefix(String(typed)) }
  }

  /// The typing slips that turn `a` into `b`: characters left out, added, replaced, or two
  /// neighbours swapped (the optimal string alignment distance).
  static func slips(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
