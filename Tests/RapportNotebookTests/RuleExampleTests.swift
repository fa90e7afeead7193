import Foundation
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Every rule's documented examples: the triggering one fires the rule, the passing one does not.
@Suite struct RuleExampleTests {
  static let rulesWithExamples = RuleCatalog.all.filter { !$0.triggering.isEmpty }

  func diagnostics(_ files: [String: String]) throws -> [Diagnostic] {
    let notebook = try TemporaryNotebook(RuleCatalog.exampleBase.merging(files) { $1 })
    return try notebook.check()
  }

  @Test func theExampleNotebookIsClean() throws {
    #expect(try diagnostics([:]).isEmpty)
  }

  @Test func ruleIDsAreUniqueAndEveryRuleButOneHasExamples() {
    #expect(Set(RuleCatalog.all.map(\.id)).count == RuleCatalog.all.count)
    // A read failure cannot be written as an example file; FileErrorTests covers it.
    #expect(RuleCatalog.all.filter { $0.triggering.isEmpty }.map(\.id) == ["file.unreadable"])
  }

  @Test(arguments: rulesWithExamples.map(\.id))
  func triggeringExampleFiresTheRuleOnce(id: String) throws {
    let rule = RuleCatalog.rule(id: id)!
    let found = try diagnostics(rule.triggering).filter { $0.rule == id }
    #expect(found.count == 1, "\(id): \(found.map(\.message))")
    #expect(found.first?.severity == rule.severity)
  }

  @Test(arguments: rulesWithExamples.map(\.id))
  func passingExampleIsSilent(id: String) throws {
    let rule = RuleCatalog.rule(id: id)!
    let found = try diagnostics(rule.passing).filter { $0.rule == id }
    #expect(found.isEmpty, "\(id): \(found.map(\.message))")
  }

  @Test func everyRuleIsDefinedWithItsCheckInAFileOfItsOwn() throws {
    let folder = RepositoryPaths.root.appendingPathComponent("Sources/RapportNotebook/Checks")
    var definitions: [String: [String]] = [:]
    let walker = FileManager.default.enumerator(atPath: folder.path)!
    for case let path as String in walker where path.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
      for rule in RuleCatalog.all where text.contains("\"\(rule.id)\", .") {
        definitions[rule.id, default: []].append(path)
      }
    }
    for rule in RuleCatalog.all {
      #expect(definitions[rule.id]?.count == 1, "\(rule.id): \(definitions[rule.id] ?? [])")
    }
    let files = definitions.values.flatMap { $0 }
    #expect(Set(files).count == files.count, "a file defines more than one rule")
  }

  @Test func noteChecksRaiseDistinctCatalogRules() {
    let rules = NoteChecks.all.map { $0.rule.id }
    #expect(Set(rules).count == rules.count)
    #expect(rules.allSatisfy { RuleCatalog.rule(id: $0) != nil })
  }
}
