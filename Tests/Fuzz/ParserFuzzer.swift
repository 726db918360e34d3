// The libFuzzer entry point for the document reader, built by `Scripts/fuzz` only: no target
// of the package owns this directory, so `swift build` and `swift test` never compile it.
//
// Each input goes down the path a user's document takes: its bytes are decoded and read by
// `ProfileParser`, every diagnostic is rendered, and a reading is written in canonical form
// and decoded back, and rendered as a document and read again. Any disagreement traps, so
// that libFuzzer keeps the input as a finding.

import ProfileModel
import ProfileParsing

@_cdecl("LLVMFuzzerTestOneInput")
public func readDocument(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let result = ProfileParser.standard.parse(bytes: bytes)
  let lines = lineCount(bytes)
  for diagnostic in result.diagnostics {
    let rendered = diagnostic.formatted(path: "fuzz.txt")
    check(!diagnostic.message.isEmpty, "an empty diagnostic: \(rendered)")
    if let line = diagnostic.line {
      check((1...max(lines, 1)).contains(line), "line \(line) of \(lines): \(rendered)")
    }
  }
  guard let profile = result.profile else {
    check(result.hasErrors, "neither a reading nor an error")
    return 0
  }
  check(!result.hasErrors, "a reading and errors: \(result.errors)")

  // The canonical form decodes back to the same reading, by hand and through the fallback.
  let normalized = profile.normalized()
  let canonical = normalized.canonicalBytes().bytes
  let decoded: Profile
  do {
    decoded = try CanonicalReader.profile(from: canonical)
  } catch {
    fail("the canonical form does not decode: \(error)")
  }
  check(decoded == normalized, "the canonical form decodes to a different reading")
  check(
    (try? Profile.decode(json: canonical)) == normalized,
    "Profile.decode(json:) gives a different reading")
  check(decoded.canonicalBytes().bytes == canonical, "the canonical form is not stable")

  // The writer renders a document that reads back to the same reading.
  let rendered = ProfileWriter().render(profile)
  let again = ProfileParser.standard.parse(text: rendered)
  check(
    again.profile == profile,
    "the rendered document reads differently: \(difference(profile, again))")
  return 0
}

/// The first difference between a reading and what its rendered document reads as.
private func difference(_ profile: Profile, _ again: ParseResult) -> String {
  guard let other = again.profile else { return "no reading: \(again.errors)" }
  if profile.country != other.country { return "\(profile.country) vs \(other.country)" }
  if profile.lastUpdated != other.lastUpdated {
    return "\(profile.lastUpdated) vs \(other.lastUpdated)"
  }
  if profile.figures != other.figures { return "\(profile.figures) vs \(other.figures)" }
  for (a, b) in zip(profile.indicators, other.indicators) where a != b { return "\(a) vs \(b)" }
  return "\(profile.indicators.count) vs \(other.indicators.count) indicators"
}

/// Lines as the reader numbers them: LF, CRLF and lone CR each end one.
private func lineCount(_ bytes: [UInt8]) -> Int {
  var count = 1
  var index = 0
  while index < bytes.count {
    if bytes[index] == 0x0A {
      count += 1
    } else if bytes[index] == 0x0D {
      count += 1
      if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
    }
    index += 1
  }
  return count
}

private func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fail(message()) }
}

private func fail(_ message: String) -> Never {
  fatalError("fuzz invariant broken: \(message)")
}
