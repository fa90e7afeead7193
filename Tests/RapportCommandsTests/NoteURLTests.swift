import Foundation
import RapportTestSupport
import Testing

/// `links: { note_url: … }`: reports shared with people who have no checkout link to the
/// notebook's web host at the commit the report was built from.
@Suite struct NoteURLTests {
  static let pattern = "https://git.example.com/org/research/blob/{commit}/{path}#L{line}"

  @Test(arguments: [
    "javascript:alert(1)//{path}#L{line}", "https://h/{path}) <img src=x onerror=alert(1)>",
    "https://h/\"{path}", "https://h/blob/{commit}", "ftp://h/{path}",
  ])
  func aNoteURLThatIsNoPlainWebAddressIsAnError(_ pattern: String) throws {
    let repo = try TemporaryNotebook([:])
    try repo.copySample(to: "nb")
    let settings = repo.root + "/nb/rapport.yml"
    let escaped = pattern.replacingOccurrences(of: "\"", with: "\\\"")
    try
      (try String(contentsOfFile: settings, encoding: .utf8)
      + "\nlinks:\n  note_url: \"\(escaped)\"\n").write(
        toFile: settings, atomically: true, encoding: .utf8)
    let run = try RapportProcess.run(["check", "nb"], in: repo.root)
    #expect(run.status == 1)
    #expect(run.stdout.contains("must be an http or https address"), "\(run.stdout)")
  }

  @Test func noteLinksUseTheURLAtTheReportsCommitInsideARepository() throws {
    let repo = try TemporaryNotebook([:])
    try repo.copySample(to: "research/notebooks")
    let settings = repo.root + "/research/notebooks/rapport.yml"
    try
      (try String(contentsOfFile: settings, encoding: .utf8)
      + "\nlinks:\n  note_url: \"\(Self.pattern)\"\n").write(
        toFile: settings, atomically: true, encoding: .utf8)
    // Outside git there is no commit to point at: links stay relative.
    let loose = try RapportProcess.run(
      ["report", "research/notebooks", "--out", "loose", "--as-of", "2026-11-20"], in: repo.root)
    #expect(loose.status == 0, "\(loose.stderr)")
    let looseIndex = try String(contentsOfFile: repo.root + "/loose/index.html", encoding: .utf8)
    #expect(!looseIndex.contains("git.example.com"))
    #expect(looseIndex.contains("href=\"../research/notebooks/northwind-logistics/"))

    try WorkflowTests.git(["init", "-q", "-b", "main"], in: repo.root)
    try WorkflowTests.git(["add", "-A"], in: repo.root)
    try WorkflowTests.git(["commit", "-q", "-m", "Notebook"], in: repo.root)
    let commit = try WorkflowTests.git(["rev-parse", "HEAD"], in: repo.root)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let run = try RapportProcess.run(
      ["report", "research/notebooks", "--out", "shared", "--as-of", "2026-11-20"], in: repo.root)
    #expect(run.status == 0, "\(run.stderr)")
    let index = try String(contentsOfFile: repo.root + "/shared/index.html", encoding: .utf8)
    let base = "https://git.example.com/org/research/blob/\(commit)/research/notebooks/"
    #expect(index.contains("href=\"\(base)northwind-logistics/2025-02-20-jonas-weber.md#L34\""))
    #expect(!index.contains("href=\"../research/notebooks/"), "no relative note link is left")
    let account = try String(
      contentsOfFile: repo.root + "/shared/accounts/northwind-logistics.md", encoding: .utf8)
    #expect(account.contains("(\(base)northwind-logistics/account.md)"), "a link without a line")
  }
}
