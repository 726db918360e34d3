// Writes the generated Swift sources that embed the repository's resources in their modules
// (see `EmbeddedResource.all`):
//
//   swift run embed-resources           write every source that differs from its files
//   swift run embed-resources --check   write nothing; exit 1 naming the stale sources
import Foundation
import ResourceEmbedding

let arguments = CommandLine.arguments.dropFirst()
guard arguments.allSatisfy({ $0 == "--check" }) else {
  FileHandle.standardError.write(Data("usage: embed-resources [--check]\n".utf8))
  exit(64)
}
let check = arguments.contains("--check")
let root = EmbeddedResource.packageRoot()
var stale: [String] = []
do {
  for resource in EmbeddedResource.all {
    let expected = try resource.source(root: root)
    let current = try? resource.committed(root: root)
    guard current != expected else { continue }
    stale.append(resource.generated)
    if !check {
      try Data(expected.utf8).write(to: root.appendingPathComponent(resource.generated))
      print("wrote \(resource.generated)")
    }
  }
} catch {
  FileHandle.standardError.write(Data("embed-resources: \(error)\n".utf8))
  exit(1)
}
if check && !stale.isEmpty {
  FileHandle.standardError.write(
    Data(("stale: " + stale.joined(separator: ", ") + "; run swift run embed-resources\n").utf8))
  exit(1)
}
if stale.isEmpty { print("every embedded resource is up to date") }
