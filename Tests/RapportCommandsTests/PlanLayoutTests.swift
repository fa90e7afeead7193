import Foundation
import RapportTestSupport
import Testing

/// `rapport plan` lines up each entry's why and ask under its name, past entry 9 too.
@Suite struct PlanLayoutTests {
  @Test func whyAndAskLineUpUnderTheName() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let plan = try RapportProcess.run(["plan", "--as-of", "2026-11-20"], in: folder.root)
    #expect(plan.status == 0, "\(plan.stderr)")
    let lines = plan.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    var entries = 0
    for (index, line) in lines.enumerated() {
      guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]) else { continue }
      entries = max(entries, number)
      let indent = String(repeating: " ", count: line.distance(from: line.startIndex, to: dot) + 2)
      #expect(lines[index + 1].hasPrefix(indent + "why: "), "\(lines[index + 1])")
      #expect(lines[index + 2].hasPrefix(indent + "ask: "), "\(lines[index + 2])")
    }
    #expect(entries >= 10, "the sample's plan reaches two-digit numbers")
  }
}
