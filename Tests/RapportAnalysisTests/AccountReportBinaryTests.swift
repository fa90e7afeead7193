import RapportDriver
import RapportNotebook
import RapportTestSupport
import Testing

@testable import RapportAnalysis

/// A slimmed account report written to bytes and read back is the report it was.
@Suite struct AccountReportBinaryTests {
  /// Every stored value of `value`, nested, with dictionaries and sets in a fixed order: two
  /// values with the same description hold the same data, whatever field a codec forgets.
  static func describe(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    let children = mirror.children.map { ($0.label.map { $0 + ": " } ?? "") + describe($0.value) }
    switch mirror.displayStyle {
    case .dictionary, .set:
      return "[" + children.sorted().joined(separator: ", ") + "]"
    case .optional:
      return children.first ?? "nil"
    default:
      guard !children.isEmpty else { return String(reflecting: value) }
      return "\(mirror.subjectType)(" + children.joined(separator: ", ") + ")"
    }
  }

  @Test func everySampleAccountsSlimmedReportComesBackWhole() throws {
    let notebook = NotebookLoader(jobs: 2).load(
      root: RepositoryPaths.root.appendingPathComponent("notebooks").path
    ).notebook
    let period = ReportPeriod(asOf: Day("2026-11-20")!, windowDays: 365)
    var rich = 0
    for account in notebook.accounts {
      let slimmed = AccountAnalysis.report(account, settings: notebook.settings, period: period)
        .keepingCompanyFigures()
      var writer = BinaryWriter()
      slimmed.encodeSlimmed(to: &writer)
      let bytes = writer.bytes
      let back = try bytes.withUnsafeBytes { raw in
        var reader = BinaryReader(raw)
        let report = try AccountReport(slimmedFrom: &reader)
        #expect(reader.isAtEnd)
        return report
      }
      #expect(Self.describe(back) == Self.describe(slimmed), "\(account.id)")
      var again = BinaryWriter()
      back.encodeSlimmed(to: &again)
      #expect(again.bytes == bytes, "\(account.id)")
      // A record cut short never reads as a report.
      bytes.dropLast(3).withUnsafeBytes { raw in
        var reader = BinaryReader(raw)
        #expect((try? AccountReport(slimmedFrom: &reader)) == nil)
      }
      if slimmed.ledgerCounts.overdue > 0 && !slimmed.themeCounts.quotes.isEmpty { rich += 1 }
    }
    // The sample exercises what the records hold: overdue owners, quotes, win-loss, attention.
    #expect(rich > 0)
    #expect(notebook.accounts.count >= 9)
  }
}

/// Strings read from one record come back as written, and a string read again is the same copy.
@Suite struct SharedStringTests {
  @Test func eachStringComesBackOnceStored() throws {
    var random = SeededRandom(seed: 41)
    let strings = Strings()
    var firstCopies: [String: UnsafeRawPointer] = [:]
    for _ in 0..<3_000 {
      // Short and long, ASCII and not, many repeated: enough distinct ones to grow the table.
      let text =
        String(repeating: random.pick(["a", "é", "path/", "🙂"]), count: random.int(1...30))
        + String(random.int(0...400))
      let read = Array(text.utf8).withUnsafeBytes { strings.shared($0) }
      #expect(read == text)
      guard text.utf8.count > 15 else { continue }
      var copy = read
      let address = copy.withUTF8 { UnsafeRawPointer($0.baseAddress!) }
      #expect(firstCopies[text, default: address] == address, "\(text)")
      firstCopies[text] = firstCopies[text] ?? address
    }
    #expect(firstCopies.count > 100)
  }
}
