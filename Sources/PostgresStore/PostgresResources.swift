/// The PostgreSQL store's schema files (`Schema/postgres/`), compiled in: the migrations,
/// by file name.
enum PostgresResources {
  static func file(_ name: String) -> String? { files[name] }
}
