import Foundation
import RapportTestSupport
import Testing

/// Starting from nothing: the first `new account` makes the notebook folder, and a win-loss
/// note is scaffolded with its outcome and reasons.
@Suite struct NewStartTests {
  @Test func theFirstAccountStartsANotebookAndAWinLossNoteAsksForItsOutcome() throws {
    let folder = try TemporaryNotebook([:])
    let before = try RapportProcess.run(["new", "note", "acme", "jane"], in: folder.root)
    #expect(
      before.status == 64 && before.stderr.contains("start one with `rapport new account ID`"))
    let account = try RapportProcess.run(
      ["new", "account", "acme", "--name", "Acme"], in: folder.root)
    #expect(account.status == 0, "\(account.stderr)")
    #expect(account.stdout == "notebooks/acme/account.md\n")
    #expect(account.stderr.contains("started a notebook in 'notebooks'"))
    // The roster's placeholder is no one to write a note about: it is filled in first.
    let placeholder = try RapportProcess.run(
      ["new", "note", "acme", "first-contact"], in: folder.root)
    #expect(placeholder.status == 1 && placeholder.stderr.contains("add them under `contacts:`"))
    let profile = folder.root + "/notebooks/acme/account.md"
    try String(contentsOfFile: profile, encoding: .utf8)
      .replacing(
        "id: first-contact, name: First Contact, title: Their title",
        with: "id: jane, name: Jane Doe, title: CFO"
      )
      .write(toFile: profile, atomically: false, encoding: .utf8)
    let note = try RapportProcess.run(
      ["new", "note", "acme", "jane", "--type", "win-loss", "--date", "2026-11-20"],
      in: folder.root)
    #expect(note.status == 0, "\(note.stderr)")
    let text = try String(
      contentsOfFile: folder.root + "/notebooks/acme/2026-11-20-jane.md", encoding: .utf8)
    #expect(text.contains("\noutcome:  # won, lost or no-decision\nreasons: []"))
    // A relationship note has neither.
    let plain = try RapportProcess.run(
      ["new", "note", "acme", "jane", "--date", "2026-11-21"], in: folder.root)
    #expect(plain.status == 0, "\(plain.stderr)")
    let other = try String(
      contentsOfFile: folder.root + "/notebooks/acme/2026-11-21-jane.md", encoding: .utf8)
    #expect(!other.contains("outcome:"))
    // Run from inside the notebook, the default folder is not made there: it would be read as
    // an account's notes.
    let inside = try RapportProcess.run(
      ["new", "account", "globex"], in: folder.root + "/notebooks/acme")
    #expect(inside.status == 64 && inside.stderr.contains("is inside a notebook already"))
    #expect(!FileManager.default.fileExists(atPath: folder.root + "/notebooks/acme/notebooks"))
    // A folder that cannot be made is refused with the reason.
    let nowhere = try RapportProcess.run(
      ["new", "account", "acme", "--notebook", "missing/deeper"], in: folder.root)
    #expect(nowhere.status == 64 && nowhere.stderr.contains("cannot be made there"))
  }

  @Test func aNotebookNotStartedAfterAllIsNotLeftBehind() throws {
    let folder = try TemporaryNotebook(["tpl/profile.md.mustache": "{{#name}\n"])
    let failed = try RapportProcess.run(
      ["new", "account", "acme", "--templates", "tpl"], in: folder.root)
    #expect(failed.status == 1, "\(failed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.root + "/notebooks"))
  }
}
