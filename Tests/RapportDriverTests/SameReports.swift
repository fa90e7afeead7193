import Foundation
import RapportDriver
import RapportNotebook
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

/// Expects the reports in `out` to be those `workspace` makes from nothing: without its cache,
/// into `fresh` (a folder not yet made), as of `asOf`.
func expectSameAsFromNothing(
  _ out: String, workspace: Workspace, fresh: String, asOf: Day, atLeast: Int,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  var options = workspace.options
  options.usesCache = false
  _ = try Workspace(notebook: workspace.notebook, options: options).report(
    ReportRequest(out: fresh, asOf: asOf))
  try expectSameReports(out, fresh, atLeast: atLeast, sourceLocation: sourceLocation)
}
