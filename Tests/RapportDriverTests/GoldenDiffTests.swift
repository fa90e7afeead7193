import RapportTestSupport
import Testing

/// The golden-file diff shows what changed, not everything after it.
@Suite struct GoldenDiffTests {
  @Test func oneInsertedLineIsOneLine() {
    let old = (1...20).map { "line \($0)" }.joined(separator: "\n")
    var lines = (1...20).map { "line \($0)" }
    lines.insert("new", at: 5)
    let diff = Golden.diff(old, lines.joined(separator: "\n"))
    let marked = diff.split(separator: "\n").filter { $0.hasPrefix("+") || $0.hasPrefix("-") }
    #expect(marked == ["+new"])
    #expect(diff.hasPrefix("@@ -4 +4 @@\n line 4\n line 5\n+new\n line 6\n line 7"))
  }

  @Test func aChangedLineIsRemovedThenAdded() {
    let diff = Golden.diff("a\nb\nc", "a\nB\nc")
    #expect(diff == "@@ -1 +1 @@\n a\n-b\n+B\n c")
  }
}
