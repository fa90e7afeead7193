import Foundation
import RapportTestSupport
import Testing

/// Someone who only sat in others' interviews is not "never interviewed" anywhere: the account
/// page, their own page and the zone of indifference say the same.
@Suite struct AttendeePageTests {
  @Test func anAttendeeIsNotCalledNeverInterviewed() throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let report = try RapportProcess.run(
      ["report", "--out", "reports", "--as-of", "2026-11-20"], in: folder.root)
    #expect(report.status == 0, "\(report.stderr)")
    let person = try String(
      contentsOfFile: folder.root + "/reports/people/keystone-integration/amir-haddad.md",
      encoding: .utf8)
    // Said once, where their interviews would be listed: there is nothing "above" to point at.
    #expect(
      person.contains(
        "Not interviewed on their own; they attended someone else's interview on 2026-08-25 (not scored there)."
      ))
    #expect(!person.contains("Also attended"))
    #expect(!person.contains("Never interviewed."))
    #expect(person.contains("| never on their own |"), "\(person)")
    let account = try String(
      contentsOfFile: folder.root + "/reports/accounts/keystone-integration.md", encoding: .utf8)
    #expect(!account.contains("Amir Haddad, Director of Sales (Manager): never interviewed"))
    // Several days read as a list, not run together.
    let victor = try String(
      contentsOfFile: folder.root + "/reports/people/northwind-logistics/victor-ramos.md",
      encoding: .utf8)
    #expect(
      victor.contains(
        "Also attended other people's interviews on 2026-09-29, 2025-09-09 and 2024-03-12 (not scored there)."
      ), "\(victor)")
  }
}
