import ProfileModel

/// How one background figure changed: its value, its data source, or both.
public struct FigureChange: Hashable, Codable, Sendable {
  /// The catalog figure id, e.g. `population`.
  public var id: String
  /// The figure on the `from` side; `nil` when that document does not give it.
  public var before: FigureReading?
  /// The figure on the `to` side; `nil` when that document does not give it.
  public var after: FigureReading?
  /// The change in value, when both sides have a readable value and they differ.
  public var delta: FigureDelta?

  /// The change from `before` to `after` (which should differ).
  public init(id: String, before: FigureReading?, after: FigureReading?) {
    self.id = id
    self.before = before
    self.after = after
    delta = FigureDelta(from: before?.value, to: after?.value)
  }

  /// The changes from the figures `before` to the figures `after`, matched by id as
  /// ``ProfileDiff`` matches them.
  public static func changes(from before: [FigureReading], to after: [FigureReading])
    -> [FigureChange]
  {
    Matching.changes(before, after, id: { $0.id }, same: ==, change: FigureChange.init).0
  }

  /// Whether the value (as printed) differs, including a figure given on one side only.
  public var valueChanged: Bool { before?.value != after?.value }

  /// Whether the data source differs, including a figure given on one side only.
  public var sourceChanged: Bool { before?.source != after?.source }

  /// The same change the other way round.
  public var reversed: FigureChange {
    FigureChange(id: id, before: after, after: before)
  }
}

/// The difference between two values of a figure.
public struct FigureDelta: Hashable, Codable, Sendable {
  /// New value minus old, computed exactly on the printed decimals (`31.90 − 31.70` is
  /// `0.2`, not `0.19999…`), then held as the nearest `Double`.
  public var absolute: Double
  /// `absolute / old`; `nil` when the old value is 0.
  public var relative: Double?

  public init(absolute: Double, relative: Double?) {
    self.absolute = absolute
    self.relative = relative
  }

  /// The delta between two printed values, or `nil` when either is missing or unreadable
  /// or they are the same number.
  public init?(from old: String?, to new: String?) {
    guard let old, let new, let x = Double(old), let y = Double(new), x.isFinite, y.isFinite
    else { return nil }
    let absolute = ExactDecimal.difference(old, new) ?? y - x
    guard absolute != 0 else { return nil }
    self.init(absolute: absolute, relative: x == 0 ? nil : absolute / x)
  }
}

/// Subtraction of printed decimals (`324000`, `31.70`, `-5`) on their digits.
enum ExactDecimal {
  /// `new − old` computed on the digits, or `nil` when either is not a plain decimal
  /// (`-12.5`) or the digits overflow.
  static func difference(_ old: String, _ new: String) -> Double? {
    guard let x = parse(old), let y = parse(new) else { return nil }
    let scale = max(x.scale, y.scale)
    guard let xs = scaled(x.digits, from: x.scale, to: scale),
      let ys = scaled(y.digits, from: y.scale, to: scale)
    else { return nil }
    let (difference, overflow) = ys.subtractingReportingOverflow(xs)
    guard !overflow else { return nil }
    // An integer over a power of ten is rounded once: the nearest Double to the exact value.
    return Double(difference) / (0..<scale).reduce(1.0) { value, _ in value * 10 }
  }

  private static func parse(_ text: String) -> (digits: Int, scale: Int)? {
    var digits = 0
    var scale = 0
    var negative = false
    var seenPoint = false
    var seenDigit = false
    for (index, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where index == 0: negative = true
      case UInt8(ascii: "+") where index == 0: break
      case UInt8(ascii: ".") where !seenPoint: seenPoint = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let (times, o1) = digits.multipliedReportingOverflow(by: 10)
        let (plus, o2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
        guard !o1, !o2, scale < 18 else { return nil }
        digits = plus
        seenDigit = true
        if seenPoint { scale += 1 }
      default: return nil
      }
    }
    guard seenDigit else { return nil }
    return (negative ? -digits : digits, scale)
  }

  private static func scaled(_ digits: Int, from scale: Int, to target: Int) -> Int? {
    var value = digits
    for _ in scale..<target {
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      value = times
    }
    return value
  }
}
