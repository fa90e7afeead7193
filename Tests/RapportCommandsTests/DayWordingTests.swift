import Foundation
import RapportTestSupport
import Testing

/// Counts read as words on the pages: "1 day", never "1 days"; "1 customer interview".
@Suite struct DayWordingTests {
  @Test func aPromiseOneDayOverdueSaysOneDay() throws {
    let notebook = try TemporaryNotebook([
      "acme/account.md":
        "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann, level: executive }\nteam:\n  - { handle: sam, name: Sam Lee }\n---\n",
      "acme/2026-06-01-ann.md":
        "---\ndate: 2026-06-01\ninterviewer: Sam Lee\ncontact: ann\nscores: { nps: 3 }\n---\n"
        + "Ann asked for the deck.\n\n- [ ] Send the deck @sam due:2026-06-29\n"
        + "- [x] Tell Ann what we heard @sam due:2026-06-05 done:2026-06-02 #tell-back\n",
    ])
    let out = notebook.root + "-out"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try RapportProcess.run(
      ["report", notebook.root, "--out", out, "--as-of", "2026-06-30"])
    #expect(run.status == 0, "\(run.stderr)")
    for page in ["accounts/acme", "people/acme/ann"] {
      for format in ["md", "html"] {
        let text = try String(contentsOfFile: "\(out)/\(page).\(format)", encoding: .utf8)
        #expect(text.contains("1 day"), "\(page).\(format)")
        #expect(!text.contains("1 days"), "\(page).\(format)")
      }
    }
    // Ann is a detractor: the account's attention says how long she has waited.
    let account = try String(contentsOfFile: out + "/accounts/acme.md", encoding: .utf8)
    #expect(account.contains("A promise to Ann, a detractor, is 1 day overdue."))
    // One tell-back, one day after the interview: the median is one day.
    let index = try String(contentsOfFile: out + "/index.md", encoding: .utf8)
    #expect(index.contains("median 1 day to tell back"))
    // One interview is one, in both places the company page counts them.
    #expect(index.contains("; 1 customer interview in the window;"), "\(index)")
    #expect(index.contains("Over 1 customer interview in the window;"), "\(index)")
    #expect(!index.contains("1 customer interviews"))
    #expect(index.contains("(365 days) · 1 interview note\n"), "\(index)")
  }

  @Test func someoneOffTheRosterHasNoDashForALevel() throws {
    let notebook = try TemporaryNotebook([
      "acme/account.md":
        "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann, level: executive }\n---\n",
      "acme/2026-06-01-hank.md":
        "---\ndate: 2026-06-01\ninterviewer: Sam Lee\ncontact: Hank Scorpio\nscores: { nps: 3 }\n---\nHank talked.\n",
    ])
    let out = notebook.root + "-out"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try RapportProcess.run(
      ["report", notebook.root, "--out", out, "--as-of", "2026-06-30"])
    #expect(run.status == 0, "\(run.stderr)")
    let page = try String(contentsOfFile: out + "/people/acme/hank-scorpio.md", encoding: .utf8)
    #expect(page.contains("\nlevel not known · not on the roster\n"), "\(page)")
    let ann = try String(contentsOfFile: out + "/people/acme/ann.md", encoding: .utf8)
    #expect(ann.contains("\nExecutive level\n"), "\(ann)")
  }
}
