import Foundation
import GRDB
import ProfileModel

/// How the store keeps a SHA-256 (schema v9, `Schema/ledger-v9.sql`): its 32 bytes, in a
/// BLOB. Bound as such wherever a statement names a hash column.
///
/// Read back, a hash is wanted either as bytes, to look rows up or compare
/// (``Row/storedHash(_:)``), or as people and the hash chain see it, 64 lower-case hex digits
/// (``Row/hex(_:)``).
extension SHA256Hash: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { data.databaseValue }

  /// A BLOB of 32 bytes; nil for anything else.
  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> SHA256Hash? {
    guard case .blob(let data) = dbValue.storage else { return nil }
    return SHA256Hash(data)
  }
}

/// An event's hashes as its row keeps them: what the writer binds, made where the hashes
/// were computed, so that none is written in hex to be read back into bytes.
struct StoredEventHashes: Sendable {
  var source: SHA256Hash?
  var content: SHA256Hash?
  /// Nil when the event before is not held as 32 bytes (a store altered by hand): the
  /// event's `prevHash` is then bound as it is.
  var previous: SHA256Hash?
  var hash: SHA256Hash
  var text: SHA256Hash?
}

extension Row {
  /// The hash in column `index`, as bytes; nil when NULL, or when not the 32 bytes of a
  /// SHA-256 (in a store altered by hand: `verify` says so), which then matches nothing.
  func storedHash(_ index: Int) -> SHA256Hash? {
    (try? withUnsafeData(atIndex: index) { $0.flatMap { SHA256Hash($0) } }) ?? nil
  }

  /// The hash in column `index` as users see it, 64 lower-case hex digits; nil when NULL.
  ///
  /// A value that is not 32 bytes (in a store altered by hand) reads as the hex of its bytes,
  /// or as its text, so that the checks made after reading (of the chain, of a document
  /// against its hash) find it wrong, rather than the read failing.
  func hex(_ index: Int) -> String? {
    StoredHash.hex(self[index] as DatabaseValue)
  }

  /// ``hex(_:)`` of the column named `name`.
  func hex(_ name: String) -> String? {
    StoredHash.hex(self[name] as DatabaseValue? ?? .null)
  }
}

/// The forms a hash column may hold, told apart: for reading, and for `verify`.
enum StoredHash {
  /// `value` as users see it: the hex of a BLOB's bytes (32 of them in a sound store), a
  /// text as it is; nil for NULL.
  static func hex(_ value: DatabaseValue) -> String? {
    switch value.storage {
    case .null: nil
    case .blob(let data): data.count == 32 ? SHA256Hash(data)!.hex : hexDigits(data)
    case .string(let text): text
    case .int64(let number): String(number)
    case .double(let number): String(number)
    }
  }

  /// What is wrong with the hash column `column` holding `value`, as `verify` and `export`
  /// say it; nil when it is NULL or the 32 bytes of a SHA-256.
  static func problem(_ column: String, _ value: DatabaseValue) -> String? {
    switch value.storage {
    case .null: nil
    case .blob(let data): data.count == 32 ? nil : problem(column, found: "\(data.count) bytes")
    case .string(let text): problem(column, text: text)
    case .int64, .double: problem(column, found: "a number")
    }
  }

  static func problem(_ column: String, text: String) -> String {
    problem(column, found: "the text '\(text.count > 16 ? text.prefix(13) + "..." : text)'")
  }

  static func problem(_ column: String, found: String) -> String {
    "its \(column) is \(found), not the 32 bytes of a SHA-256"
  }

  /// Lower-case hex of any bytes.
  static func hexDigits(_ bytes: some Sequence<UInt8>) -> String {
    var out: [UInt8] = []
    for byte in bytes {
      for nibble in [byte >> 4, byte & 0x0F] {
        out.append(nibble < 10 ? 0x30 + nibble : 0x57 + nibble)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `sha256_blob(x)`, the function migration v9 (`Schema/ledger-v9.sql`) converts every
  /// hash with, registered on its connection for the migration: 64 lower-case hex digits
  /// become their 32 bytes; anything else (NULL, or a value altered by hand) is returned as
  /// it is, for `verify` to report.
  static let migrationFunction = DatabaseFunction(
    "sha256_blob", argumentCount: 1, pure: true
  ) { values -> (any DatabaseValueConvertible)? in
    let value = values[0]
    guard case .string(let text) = value.storage, let hash = SHA256Hash(hex: text) else {
      return value
    }
    return hash
  }
}
