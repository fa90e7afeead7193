import Foundation
import RapportFuzzing
import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Inputs the fuzzer (`scripts/fuzz`) found breaking a promise of the reader, kept in
/// `Tests/Fixtures/fuzz` and read again through the same checks, with what each one taught.
@Suite struct FuzzRegressionTests {
  static let folder = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/fuzz")

  static let inputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

  @Test(arguments: inputs)
  func aSavedInputIsReadWithEveryPromiseKept(name: String) throws {
    let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
    bytes.withUnsafeBytes { NoteFuzzing.run($0) }
  }

  @Test func aYAMLErrorAtTheEndOfAFileWithoutALineBreakPointsAtItsLastLine() {
    // libyaml puts the end of the stream on a line of its own, past the file's last line.
    for (text, position) in [
      ("levels: [a, b", SourcePosition(line: 1, column: 14)),
      ("---\ndate: 2024-07-24\ninterview-e--", SourcePosition(line: 3, column: 14)),
      ("levels: [a, b\n", SourcePosition(line: 2, column: 1)),
      ("levels: [a, b\r\n", SourcePosition(line: 2, column: 1)),
    ] {
      let (_, diagnostics) = SettingsParser.parse(text, file: "rapport.yml")
      let invalid = diagnostics.first { $0.rule == "yaml.invalid" }
      #expect(invalid?.position == position, "\(text.debugDescription)")
    }
  }
}
