import Foundation
import Testing

/// Expects two report folders to hold the same pages, byte for byte, and at least `atLeast` of them.
func expectSameReports(
  _ first: String, _ second: String, atLeast: Int,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let pages = try FileManager.default.subpathsOfDirectory(atPath: first)
    .filter { $0.hasSuffix(".md") || $0.hasSuffix(".html") }
  #expect(pages.count >= atLeast, sourceLocation: sourceLocation)
  for page in pages {
    let one = try Data(contentsOf: URL(fileURLWithPath: first + "/" + page))
    let other = try Data(contentsOf: URL(fileURLWithPath: second + "/" + page))
    #expect(one == other, "\(page)", sourceLocation: sourceLocation)
  }
}
