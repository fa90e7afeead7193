import Foundation
import Testing

@testable import RapportMarkdown

/// cmark's own pathological inputs, at full size: each ends quickly with a tree or a limit violation.
///
/// The inputs are rebuilt here from their published shape (unit, count, prefix and suffix); when the
/// shared list of cases is present next to the repository, the test also checks none is missing.
@Suite struct PathologicalInputTests {
  /// Name and input of every case.
  static let cases: [(name: String, input: String)] = [
    (
      "nested strong emph",
      String(repeating: "*a **a ", count: 32_500) + "b"
        + String(repeating: " a** a*", count: 32_500)
    ),
    ("many emph closers with no openers", String(repeating: "a_ ", count: 32_500)),
    ("many emph openers with no closers", String(repeating: "_a ", count: 32_500)),
    ("many link closers with no openers", String(repeating: "a]", count: 32_500)),
    ("many link openers with no closers", String(repeating: "[a", count: 32_500)),
    ("mismatched openers and closers", String(repeating: "*a_ ", count: 25_000)),
    (
      "issue #389",
      String(repeating: "*a ", count: 20_000) + String(repeating: "_a*_ ", count: 20_000)
    ),
    ("openers and closers multiple of 3", "a**b" + String(repeating: "c* ", count: 25_000)),
    ("link openers and emph closers", String(repeating: "[ a_", count: 25_000)),
    ("pattern [ (]( repeated", String(repeating: "[ (](", count: 40_000)),
    ("pattern ![[]() repeated", String(repeating: "![[]()", count: 160_000)),
    ("hard link/emph case", "**x [a*b**c*](d)"),
    (
      "nested brackets",
      String(repeating: "[", count: 25_000) + "a" + String(repeating: "]", count: 25_000)
    ),
    ("nested block quotes", String(repeating: "> ", count: 25_000) + "a"),
    (
      "deeply nested lists", (0..<500).map { String(repeating: "  ", count: $0) + "* a\n" }.joined()
    ),
    ("U+0000 in input", "abc\u{0}de\u{0}"),
    ("backticks", (1..<2500).map { "e" + String(repeating: "`", count: $0) }.joined()),
    ("unclosed links A", String(repeating: "[a](<b", count: 30_000)),
    ("unclosed links B", String(repeating: "[a](b", count: 30_000)),
    ("unclosed <!--", "</" + String(repeating: "<!--", count: 300_000)),
    (
      "empty lines in deeply nested lists",
      String(repeating: "- ", count: 30_000) + "x" + String(repeating: "\n", count: 30_000)
    ),
    (
      "empty lines in deeply nested lists in blockquote",
      "> " + String(repeating: "- ", count: 30_000) + "x\n"
        + String(repeating: ">\n", count: 30_000)
    ),
    (
      "emph in deep blockquote",
      String(repeating: ">", count: 100_000) + String(repeating: "a*", count: 100_000)
    ),
    ("reference collisions", referenceCollisions()),
    (
      "nested inlines (commonmark renderer)",
      String(repeating: "*", count: 20_000) + "a" + String(repeating: "*", count: 20_000)
    ),
  ]

  /// 24,999 link reference definitions whose labels share a bucket of a 16-bucket string hash.
  static func referenceCollisions() -> String {
    var text = ""
    var number = 0
    var found = 0
    while found < 24_999 {
      number += 1
      let label = "x\(number)"
      var hash: UInt32 = 0
      for byte in label.utf8 { hash = UInt32(byte) &+ (hash << 6) &+ (hash << 16) &- hash }
      if hash % 16 == 0 {
        text += "[\(label)]: /url\n\n[bad]\n\n"
        found += 1
      }
    }
    return text
  }

  @Test(arguments: cases.map(\.name))
  func caseEndsQuicklyWithATreeOrAViolation(name: String) throws {
    let input = Self.cases.first { $0.name == name }!.input
    let start = ContinuousClock.now
    let result = Markdown.parse(input[...], firstLine: 1)
    let elapsed = ContinuousClock.now - start
    switch result {
    case .success(let document): #expect(document.nodes.first?.kind == .document)
    case .failure(let violation): #expect(violation.position.line >= 1)
    }
    // The contract is "under 5 s"; these finish in milliseconds, so this only catches a hang.
    #expect(elapsed < .seconds(5), "\(name) took \(elapsed)")
  }

  /// cmark's list of pathological cases, in `../shared/realworld` beside the repository.
  static let sharedCases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../shared/realworld/commonmark/pathological-cases.json")
    .standardized

  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: sharedCases.path),
      "needs ../shared/realworld beside the repository (present in CI only)"))
  func everySharedCaseIsCovered() throws {
    let data = try Data(contentsOf: Self.sharedCases)
    let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let names = (json["cases"] as! [[String: Any]]).map { $0["name"] as! String }
    let ours = Set(Self.cases.map(\.name))
    #expect(names.filter { !ours.contains($0) } == [])
  }
}
