import Foundation
import RapportTestSupport
import Testing

/// `rapport plan` on the sample notebook.
@Suite struct PlanCommandTests {
  @Test func planListsConversationsMostUrgentFirst() throws {
    let root = RepositoryPaths.root.path
    let text = try RapportProcess.run(["plan", "--as-of", "2026-11-20"], in: root)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.hasPrefix("Next conversations as of 2026-11-20"))
    #expect(text.stdout.contains("   ask: "))
    let json = try RapportProcess.run(
      ["plan", "--as-of", "2026-11-20", "--format", "json"], in: root)
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    let entries = document["next_conversations"] as! [[String: Any]]
    #expect(!entries.isEmpty)
    #expect(entries.map { $0["priority"] as! Int } == Array(1...entries.count))
    for entry in entries {
      #expect(
        Set(entry.keys) == [
          "account", "contact", "level", "reason", "question", "priority", "days_overdue",
          "days_silent",
        ])
    }
    let one = try RapportProcess.run(
      ["plan", "--as-of", "2026-11-20", "--account", "northwind-logistics", "--format", "json"],
      in: root)
    let only =
      (try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as! [String: Any])[
        "next_conversations"] as! [[String: Any]]
    #expect(only.allSatisfy { $0["account"] as? String == "northwind-logistics" })
    let unknown = try RapportProcess.run(["plan", "--account", "northwind-logistic"], in: root)
    #expect(unknown.status == 64, "an account that is not there is a usage error, as in check")
    #expect(unknown.stderr.contains("did you mean `northwind-logistics`?"), "\(unknown.stderr)")
  }
}
