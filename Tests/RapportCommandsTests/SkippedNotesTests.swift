import Foundation
import RapportTestSupport
import Testing

/// Each page counts the notes left out that it is about: an account's own on its pages and its
/// people's, every account's on the company page, and so again after one of them is fixed.
@Suite struct SkippedNotesTests {
  static func account(_ name: String) -> String {
    "---\nname: \(name)\ncontacts:\n  - { id: ann, name: Ann Lee, level: executive }\n---\n"
  }

  static func note(day: Int, contact: String = "ann", broken: Bool = false) -> String {
    "---\ndate: 2026-03-\(String(format: "%02d", day))\ninterviewer: Sam Lee\n"
      + (broken ? "" : "contact: \(contact)\n") + "scores: { nps: 8 }\n---\nNotes.\n"
  }

  func notebook() throws -> TemporaryNotebook {
    try TemporaryNotebook([
      "nb/rapport.yml": "team:\n  - { handle: sam, name: Sam Lee }\n",
      "nb/acme/account.md": Self.account("Acme"),
      "nb/acme/2026-03-01-ann.md": Self.note(day: 1),
      "nb/acme/2026-03-02-broken.md": Self.note(day: 2, broken: true),
      "nb/acme/2026-03-03-broken.md": Self.note(day: 3, broken: true),
      "nb/globex/account.md": Self.account("Globex"),
      "nb/globex/2026-03-01-ann.md": Self.note(day: 1),
      "nb/globex/2026-03-04-broken.md": Self.note(day: 4, broken: true),
      "nb/initech/account.md": Self.account("Initech"),
      "nb/initech/2026-03-01-ann.md": Self.note(day: 1),
    ])
  }

  func report(_ folder: TemporaryNotebook) throws -> (String) -> String {
    let run = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: folder.root)
    #expect(FileManager.default.fileExists(atPath: folder.root + "/out/index.md"), "\(run.stderr)")
    return { page in
      (try? String(contentsOfFile: folder.root + "/out/" + page, encoding: .utf8)) ?? ""
    }
  }

  @Test func eachPageCountsTheNotesLeftOutThatItIsAbout() throws {
    let folder = try notebook()
    var page = try report(folder)
    #expect(page("index.md").contains("**3 notes were left out of this report"))
    #expect(page("accounts/acme.md").contains("**2 notes were left out of this account's report"))
    #expect(page("accounts/acme.html").contains("2 notes were left out of this account's report"))
    #expect(page("people/acme/ann.md").contains("**2 notes were left out of this account's report"))
    #expect(page("accounts/globex.md").contains("**1 note was left out of this account's report"))
    #expect(!page("accounts/initech.md").contains("left out of"))
    #expect(!page("people/initech/ann.md").contains("left out of"))
    // Fixing Globex's note changes Globex's pages and the company's, not Acme's.
    let acmeBefore = page("accounts/acme.md")
    try folder.write("nb/globex/2026-03-04-broken.md", Self.note(day: 4))
    page = try report(folder)
    #expect(page("index.md").contains("**2 notes were left out of this report"))
    #expect(!page("accounts/globex.md").contains("left out of"))
    #expect(page("accounts/acme.md") == acmeBefore)
  }

  @Test func aBrokenLinkIsLeftOutOfItsAccountsPagesAndTheCompanys() throws {
    let folder = try notebook()
    var page = try report(folder)
    let acmeBefore = page("accounts/acme.md")
    try FileManager.default.createSymbolicLink(
      atPath: folder.root + "/nb/initech/2026-03-05-gone.md", withDestinationPath: "nowhere.md")
    page = try report(folder)
    #expect(page("index.md").contains("**4 notes were left out of this report"))
    #expect(page("accounts/initech.md").contains("**1 note was left out of this account's report"))
    #expect(page("people/initech/ann.md").contains("**1 note was left out of this account's"))
    #expect(page("accounts/acme.md") == acmeBefore)
    // Removing the link takes it off Initech's pages again.
    try FileManager.default.removeItem(atPath: folder.root + "/nb/initech/2026-03-05-gone.md")
    page = try report(folder)
    #expect(!page("accounts/initech.md").contains("left out of"))
  }

  @Test func theHeaderCountsOnlyTheNotesTheReportIsMadeFrom() throws {
    let folder = try notebook()
    // Dated after the as-of date: found, not left out, and not part of this report either.
    try folder.write(
      "nb/initech/2026-08-01-ann.md", Self.note(day: 9).replacing("03-09", with: "08-01"))
    var page = try report(folder)
    // 7 notes found: 3 left out, 1 dated after 2026-06-30, so 3 in the report.
    #expect(
      page("index.md").contains("· 3 interview notes (not counting 1 note dated after 2026-06-30)"))
    #expect(
      page("index.html").contains(
        "· 3 interview notes (not counting 1 note dated after 2026-06-30)"))
    // Initech's pages say so; Acme's do not.
    let later = "1 note is dated after the as-of date and is not part of this report."
    #expect(page("accounts/initech.md").contains("> " + later), "\(page("accounts/initech.md"))")
    #expect(page("accounts/initech.html").contains(later))
    #expect(!page("accounts/acme.md").contains("dated after the as-of date"))
    let export = try RapportProcess.run(
      ["export", "nb", "--as-of", "2026-06-30"], in: folder.root)
    #expect(
      export.stdout.contains(
        "\"notes\": 7,\n  \"skipped_notes\": 3,\n  \"notes_after_as_of\": 1,\n  \"notes_in_report\": 3,"
      ))
    // As of a later day, that note counts.
    _ = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-09-30"], in: folder.root)
    page = { name in
      (try? String(contentsOfFile: folder.root + "/out/" + name, encoding: .utf8)) ?? ""
    }
    #expect(page("index.md").contains("· 4 interview notes\n"))
  }
}
