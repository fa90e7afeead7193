import Foundation
import RapportTestSupport
import Testing

/// `diff` shows a pull request what changed without republishing what a commit makes confidential,
/// and without pairing different people who share a numbered placeholder.
@Suite struct ConfidentialDiffTests {
  let workflow = WorkflowTests()

  func diff(_ repo: TemporaryNotebook, format: String = "markdown") throws -> String {
    let run = try RapportProcess.run(
      ["diff", "main", "--notebook", ".", "--as-of", "2026-11-20", "--format", format],
      in: repo.root + "/research/notebooks")
    #expect(run.status == 0, "\(run.stderr)")
    return run.stdout
  }

  func commit(_ repo: TemporaryNotebook) throws {
    try WorkflowTests.git(["add", "-A"], in: repo.root)
    try WorkflowTests.git(["commit", "-qm", "Change"], in: repo.root)
  }

  @Test func aNoteMadeConfidentialShowsNoneOfItsOldWords() throws {
    let repo = try workflow.repository()
    try workflow.edit(repo, "northwind-logistics/2026-11-05-mei-lin-zhou.md") {
      $0.replacingOccurrences(of: "\ncontact:", with: "\nconfidential: true\ncontact:")
    }
    try commit(repo)
    for format in ["markdown", "json"] {
      let text = try diff(repo, format: format)
      for words in ["Tell-back note to Mei-Lin", "warehouse feed", "closed tickets"] {
        #expect(!text.contains(words), "\(format) shows \(words):\n\(text)")
      }
      #expect(!text.contains("reworded"), "\(format):\n\(text)")
    }
  }

  @Test func aNoteMadeConfidentialNamesNobodyItsOpenVersionNamed() throws {
    let repo = try workflow.repository()
    let path = "research/notebooks/fernwood-foods/2026-10-01-hank.md"
    let open =
      "---\ndate: 2026-10-01\ninterviewer: Hannah Ruiz\ncontact: Hank Scorpio\n"
      + "scores: { nps: 4 }\nthemes: [whistleblowing]\n---\nWords.\n\n"
      + "- [ ] Call back @hannah due:2026-10-20\n"
      + "- [ ] Send the plan @ghost due:2026-10-25\n"
    try repo.write(path, open)
    try WorkflowTests.git(["add", "-A"], in: repo.root)
    try WorkflowTests.git(["commit", "-qm", "Open"], in: repo.root)
    try WorkflowTests.git(["branch", "-f", "main"], in: repo.root)
    try repo.write(
      path,
      open.replacingOccurrences(of: "nps: 4 }", with: "nps: 6 }\nconfidential: true")
        .replacingOccurrences(of: "- [ ] Send the plan @ghost due:2026-10-25\n", with: ""))
    try commit(repo)
    for format in ["markdown", "json"] {
      let text = try diff(repo, format: format)
      for words in [
        "Hank", "Scorpio", "ghost", "Send the plan", "2026-10-01-hank", "whistleblowing",
      ] {
        #expect(!text.contains(words), "\(format) shows \(words):\n\(text)")
      }
    }
    #expect(try diff(repo).contains("(withheld)"))
  }

  @Test(arguments: ["fernwood-foods", "northwind-logistics"])
  func aNoteMovedAndMadeConfidentialInOneChangeShowsNoneOfItsOldWords(to account: String) throws {
    let repo = try workflow.repository()
    let folder = "research/notebooks/fernwood-foods/"
    let moved = "research/notebooks/\(account)/2026-10-01-y.md"
    let open =
      "---\ndate: 2026-10-01\ninterviewer: Hannah Ruiz\ncontact: Hank Scorpio\n"
      + "attendees: [Gina Gold]\nscores: { nps: 4 }\nthemes: [whistleblowing]\n---\nWords.\n\n"
      + "> It is bad.\n> — Gina Gold\n\n- [ ] Call back about the leak @ghost due:2026-10-20\n"
    try repo.write(folder + "2026-10-01-x.md", open)
    try WorkflowTests.git(["add", "-A"], in: repo.root)
    try WorkflowTests.git(["commit", "-qm", "Open"], in: repo.root)
    try WorkflowTests.git(["branch", "-f", "main"], in: repo.root)
    try WorkflowTests.git(["mv", folder + "2026-10-01-x.md", moved], in: repo.root)
    try repo.write(
      moved, open.replacingOccurrences(of: "nps: 4 }", with: "nps: 4 }\nconfidential: true"))
    try commit(repo)
    for format in ["markdown", "json"] {
      let text = try diff(repo, format: format)
      for words in ["Hank", "Scorpio", "Gina", "ghost", "leak", "whistleblowing", "2026-10-01-x"] {
        #expect(!text.contains(words), "\(format) shows \(words):\n\(text)")
      }
    }
  }

  @Test func peopleOffTheRosterInConfidentialNotesAreNotPairedAcrossVersions() throws {
    let repo = try workflow.repository()
    let note = { (day: String, name: String, nps: Int) in
      "---\ndate: 2026-\(day)\ninterviewer: Hannah Ruiz\ncontact: \(name)\nconfidential: true\n"
        + "scores: { nps: \(nps) }\n---\nWords.\n"
    }
    try repo.write(
      "research/notebooks/fernwood-foods/2026-10-01-a.md", note("10-01", "Quill Vantor", 2))
    try WorkflowTests.git(["add", "-A"], in: repo.root)
    try WorkflowTests.git(["commit", "-qm", "First"], in: repo.root)
    try WorkflowTests.git(["branch", "-f", "main"], in: repo.root)
    // An earlier note about someone else takes the first number in the new version.
    try repo.write(
      "research/notebooks/fernwood-foods/2026-09-01-b.md", note("09-01", "Rhea Olmsted", 9))
    try commit(repo)
    let text = try diff(repo)
    #expect(!text.contains("detractor → promoter"), "\(text)")
    #expect(!text.contains("someone not on the roster"), "\(text)")
    #expect(text.contains("- 1 note added in Fernwood Foods"), "\(text)")
  }
}
