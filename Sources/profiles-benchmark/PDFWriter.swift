/// A PDF of plain text lines, one line of the text to a line of the page (Helvetica, WinAnsi,
/// uncompressed, 60 lines a page): the same document as a text file, for timing what reading
/// a PDF costs. pdftotext gives the lines back.
func plainPDF(_ text: String) -> [UInt8] {
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let pages = stride(from: 0, to: lines.count, by: 60).map {
    Array(lines[$0..<min($0 + 60, lines.count)])
  }
  // Wide enough for the longest line: Helvetica averages about half its size a character.
  let width = max(612, 80 + 5 * (lines.map(\.count).max() ?? 0))
  var objects: [String] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [\((0..<pages.count).map { "\(4 + 2 * $0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ]
  for (index, page) in pages.enumerated() {
    var content = "BT /F1 9 Tf 12 TL 40 752 Td\n"
    for line in page { content += "(\(escaped(line))) Tj T*\n" }
    content += "ET"
    objects.append(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) 792] "
        + "/Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + 2 * index) 0 R >>")
    objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
  }
  var out = "%PDF-1.4\n"
  var offsets: [Int] = []
  for (index, object) in objects.enumerated() {
    offsets.append(out.utf8.count)
    out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
  }
  let xref = out.utf8.count
  out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
  for offset in offsets {
    let digits = String(offset)
    out += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
  }
  out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
  return Array(out.utf8)
}

/// `line` as a PDF string's content: parentheses and backslashes escaped, characters outside
/// ASCII as WinAnsi octal escapes where WinAnsi has them, else `?`.
private func escaped(_ line: String) -> String {
  let winAnsi: [Character: UInt8] = [
    "–": 0x96, "—": 0x97, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "…": 0x85, "•": 0x95,
  ]
  var out = ""
  for character in line {
    switch character {
    case "(", ")", "\\": out += "\\" + String(character)
    case _ where character.isASCII: out.append(character)
    default:
      let code =
        winAnsi[character]
        ?? character.unicodeScalars.first.flatMap { $0.value < 256 ? UInt8($0.value) : nil }
      out += code.map { "\\" + String($0, radix: 8) } ?? "?"
    }
  }
  return out
}
