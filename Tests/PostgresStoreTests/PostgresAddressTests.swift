import Foundation
import PostgresStore
import ProfileTestSupport
import Testing

/// `--db postgres://…`: what it names, and where its password comes from.
@Suite struct PostgresAddressTests {
  let environment = ["USER": "auditor"]

  @Test func anAddressNamesHostPortUserAndDatabase() throws {
    let address = try PostgresAddress(
      "postgres://ledger@db.example.org:5433/profiles", environment: environment)
    #expect(address.endpoint == .tcp(host: "db.example.org", port: 5433))
    #expect(address.user == "ledger")
    #expect(address.database == "profiles")
    #expect(address.tls == .require, "a remote server gets TLS unless told otherwise")
    #expect(address.description == "postgres://ledger@db.example.org:5433/profiles")
    let local = try PostgresAddress("postgresql://localhost/profiles", environment: environment)
    #expect(local.endpoint == .tcp(host: "localhost", port: 5432))
    #expect(local.user == "auditor", "the login name when the address names no user")
    #expect(local.tls == .disable)
  }

  @Test(arguments: [
    "postgres://auditor@db.example.org:6543/profiles",
    "postgres://auditor@localhost/profiles?sslmode=prefer",
    "postgresql://auditor@/profiles?host=/run/postgresql",
  ])
  func anAddressWritesBackAsItReads(text: String) throws {
    let address = try PostgresAddress(text, environment: [:])
    #expect(try PostgresAddress(address.url, environment: [:]) == address)
    // Without its TLS mode, the description reads back too.
    #expect(try PostgresAddress(address.description, environment: [:]).endpoint == address.endpoint)
  }

  @Test func aSocketDirectoryIsGivenAsLibpqDoes() throws {
    let address = try PostgresAddress(
      "postgres://ledger@/profiles?host=/tmp/cluster&sslmode=disable", environment: environment)
    #expect(address.endpoint == .socket(directory: "/tmp/cluster", port: 5432))
    #expect(address.tls == .disable)
  }

  @Test(arguments: [
    ("postgres://ledger:secret@localhost/profiles", "the address holds a password"),
    ("postgres://localhost", "names no database"),
    ("postgres://localhost/profiles?timeout=3", "a parameter 'timeout'"),
    ("postgres://localhost/profiles?sslmode=sometimes", "sslmode 'sometimes' is not"),
    ("profiles.sqlite", "is not a PostgreSQL address"),
  ])
  func aBadAddressSaysWhatIsWrong(text: String, message: String) {
    #expect(throws: PostgresAddressError.self) {
      try PostgresAddress(text, environment: environment)
    }
    do {
      _ = try PostgresAddress(text, environment: environment)
    } catch {
      #expect(error.description.contains(message), "\(error)")
    }
  }

  @Test func thePasswordComesFromTheEnvironmentOrThePasswordFile() throws {
    let directory = try temporaryDirectory("pgpass")
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("pgpass").path
    try """
    # host:port:database:user:password
    other.example.org:5432:*:ledger:not-this-one
    db.example.org:5433:profiles:ledger:s3cr\\:et
    *:*:*:*:fallback
    """.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(chmod(file, 0o644) == 0)
    let readable = try PostgresAddress("postgres://x@elsewhere/db", environment: environment)
    #expect(
      readable.password(environment: ["PGPASSFILE": file]) == nil,
      "a password file others may read is used")
    #expect(chmod(file, 0o600) == 0)
    let address = try PostgresAddress(
      "postgres://ledger@db.example.org:5433/profiles", environment: environment)
    #expect(address.password(environment: ["PGPASSFILE": file]) == "s3cr:et")
    #expect(address.password(environment: ["PGPASSFILE": file, "PGPASSWORD": "env"]) == "env")
    let other = try PostgresAddress("postgres://x@elsewhere/db", environment: environment)
    #expect(other.password(environment: ["PGPASSFILE": file]) == "fallback")
    #expect(other.password(environment: ["PGPASSFILE": directory.path + "/none"]) == nil)
  }
}

/// A schema file is run statement by statement, function bodies whole.
@Suite struct SchemaStatementTests {
  @Test func statementsEndAtSemicolonsOutsideFunctionBodies() {
    let statements = PostgresLog.statementsOfSchema(
      """
      -- a comment
      CREATE TABLE t (
        a int  -- trailing
      );

      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'no';
      END;
      $$;
      CREATE TRIGGER t_f BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION f();
      """)
    #expect(statements.count == 3)
    #expect(statements[0].hasPrefix("CREATE TABLE t ("))
    #expect(statements[1].hasPrefix("CREATE FUNCTION f()") && statements[1].hasSuffix("$$;"))
    #expect(statements[2].hasPrefix("CREATE TRIGGER"))
  }

  @Test func theEmbeddedSchemaSplitsIntoItsStatements() {
    let statements = PostgresLog.embeddedSchemaStatements()
    #expect(statements.filter { $0.hasPrefix("CREATE TABLE") }.count == 2)
    #expect(statements.filter { $0.hasPrefix("CREATE TRIGGER") }.count == 4)
  }
}
