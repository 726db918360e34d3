import Foundation
import GRDB
import LedgerModel
import ProfileModel

extension Ledger {
  /// Records the revision's background figures in `figure_values` (schema v3), in the
  /// append's transaction.
  static func projectFigures(seq: Int, _ figures: [FigureReading], in db: Database) throws {
    guard !figures.isEmpty else { return }
    let row = "(?, ?, ?, ?, ?, ?)"
    try FastInsert.run(
      db.cachedStatement(
        sql: """
          INSERT INTO figure_values (seq, figure, position, value, source_name, source_period)
          VALUES
          """ + " " + Array(repeating: row, count: figures.count).joined(separator: ", ")),
      in: db
    ) { binder in
      for (position, figure) in figures.enumerated() {
        binder.int(seq)
        binder.text(figure.id)
        binder.int(position)
        binder.text(figure.value)
        binder.text(figure.source?.name)
        binder.text(figure.source?.period)
      }
    }
  }

  /// Migration v3: fills `figure_values` from the readings already stored, one revision at a
  /// time, so that a version 1 store answers like one written by this version.
  static func fillFigureValues(in db: Database) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT r.seq, e.reading_size, e.reading_zlib
        FROM revisions r JOIN events e ON e.seq = r.seq ORDER BY r.seq
        """)
    while let row = try rows.next() {
      let compressed: Data = row[2]
      let reading = try Deflate.decompress(Array(compressed), size: row[1])
      try projectFigures(seq: row[0], try Profile.decode(json: reading).figures, in: db)
    }
  }
}
