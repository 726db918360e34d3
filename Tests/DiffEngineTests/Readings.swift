import Foundation
import ProfileModel
import ProfileParsing
import ProfileTestSupport

/// Profiles the diff tests start from: the real Belize reading and every valid fixture's.
enum Readings {
  static let belize: Profile = {
    ProfileParser.standard.parse(text: try! Documents.belize()).profile!
  }()

  /// Belize, then every fixture that reads, in name order.
  static let all: [Profile] = {
    let fixtures = SourceTree.root().appendingPathComponent("Tests/ProfileParsingTests/Fixtures")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
    let read = names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix("error-") }.sorted()
      .compactMap { name in
        (try? Data(contentsOf: fixtures.appendingPathComponent(name)))
          .flatMap { ProfileParser.standard.parse($0).profile }
      }
    return [belize] + read
  }()

  /// Belize with indicator `id` replaced by `reading`'s status, items and text.
  static func belize(
    _ id: String, _ status: IndicatorStatus, items: [String] = [], text: String = "text"
  ) -> Profile {
    var profile = belize
    let index = profile.indicators.firstIndex { $0.id == id }!
    profile.indicators[index] = IndicatorReading(id: id, status: status, items: items, text: text)
    return profile
  }
}

/// Random edits to a reading, of every kind the diff must handle: statuses, items (added,
/// removed, respelled, reordered, renamed), words, figures and sources, a figure or an
/// indicator left out, the date, the country's name, the catalog.
enum RandomEdit: CaseIterable {
  case status
  case addItem
  case removeItem
  case respellItem
  case renameItem
  case shuffleItems
  case editWords
  case replaceText
  case figureValue
  case figureSource
  case dropFigure
  case date
  case countryName
  case dropIndicator
  case catalog

  /// `profile` with 1–4 random edits (most of them to indicators and figures).
  static func edit(_ profile: Profile, using rng: inout SeededRandom) -> Profile {
    var result = profile
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let rare: [RandomEdit] = [.dropIndicator, .catalog, .countryName, .dropFigure]
      var edit = allCases.randomElement(using: &rng)!
      if rare.contains(edit), Int.random(in: 0..<4, using: &rng) != 0 { edit = .editWords }
      edit.apply(to: &result, using: &rng)
    }
    return result
  }

  static let words = ["national", "draft", "the", "cyber", "strategy", "CIRT", "é", "of", "a"]
  static let items = [
    "Cyber Crimes Act 2003", "Cyber Crimes Act 2010", "Computer Misuse Act",
    "Computer Misuse (Amendment) Act", "ITU-IMPACT", "CICTE-OAS", "Data Protection Act",
    "Côte d’Ivoire CERT", "Electronic Transactions Act",
  ]

  func apply(to profile: inout Profile, using rng: inout SeededRandom) {
    guard !profile.indicators.isEmpty else { return }
    let i = Int.random(in: 0..<profile.indicators.count, using: &rng)
    var items = profile.indicators[i].items
    switch self {
    case .status:
      profile.indicators[i].status = IndicatorStatus.allCases.randomElement(using: &rng)!
    case .addItem:
      items.insert(
        RandomEdit.items.randomElement(using: &rng)!,
        at: Int.random(in: 0...items.count, using: &rng))
    case .removeItem where !items.isEmpty:
      items.remove(at: Int.random(in: 0..<items.count, using: &rng))
    case .respellItem where !items.isEmpty:
      let k = Int.random(in: 0..<items.count, using: &rng)
      items[k] = Bool.random(using: &rng) ? items[k].uppercased() : "  " + items[k] + "."
    case .renameItem where !items.isEmpty:
      let k = Int.random(in: 0..<items.count, using: &rng)
      items[k] += " \(Int.random(in: 1990...2020, using: &rng))"
    case .shuffleItems:
      items.shuffle(using: &rng)
    case .editWords, .removeItem, .respellItem, .renameItem:
      var words = profile.indicators[i].text.split(separator: " ").map(String.init)
      for _ in 0..<Int.random(in: 1...3, using: &rng) {
        let k = Int.random(in: 0...words.count, using: &rng)
        let word = RandomEdit.words.randomElement(using: &rng)!
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: words.insert(word, at: k)
        case 1 where k < words.count: words.remove(at: k)
        case 2 where k < words.count: words[k] = word
        default: words.append(word)
        }
      }
      profile.indicators[i].text = words.joined(separator: " ")
    case .replaceText:
      profile.indicators[i].text = (0..<Int.random(in: 0...12, using: &rng))
        .map { _ in RandomEdit.words.randomElement(using: &rng)! }.joined(separator: " ")
    case .figureValue where !profile.figures.isEmpty:
      let k = Int.random(in: 0..<profile.figures.count, using: &rng)
      profile.figures[k].value =
        Int.random(in: 0..<5, using: &rng) == 0
        ? nil : ["0", "31.70", "31.9", "324000", "1000000"].randomElement(using: &rng)!
    case .figureSource where !profile.figures.isEmpty:
      let k = Int.random(in: 0..<profile.figures.count, using: &rng)
      profile.figures[k].source = DataSource(
        name: "ITU Statistics", period: "December \(Int.random(in: 2010...2015, using: &rng))")
    case .dropFigure where !profile.figures.isEmpty:
      profile.figures.remove(at: Int.random(in: 0..<profile.figures.count, using: &rng))
    case .figureValue, .figureSource, .dropFigure:
      profile.figures.append(FigureReading(id: "population", value: "1000"))
    case .date:
      profile.lastUpdated = profile.lastUpdated.adding(days: Int.random(in: 1...400, using: &rng))
    case .countryName:
      profile.country.name = profile.country.name.capitalized
    case .dropIndicator:
      profile.indicators.remove(at: i)
    case .catalog:
      profile.catalog = "itu-cyberwellness-2016"
    }
    if [.addItem, .removeItem, .respellItem, .renameItem, .shuffleItems].contains(self) {
      profile.indicators[i].items = items
    }
  }
}
