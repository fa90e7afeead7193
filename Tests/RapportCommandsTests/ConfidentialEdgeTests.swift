import Foundation
import RapportTestSupport
import Testing

/// Confidential notes at the edges: a codebook theme or reason only they raise is shown nowhere
/// (the codebook is no secret, but that the note raised it is), and a note made confidential with
/// an error shows no old promise in a diff.
@Suite struct ConfidentialEdgeTests {
  @Test func aCodebookThemeOnlyAConfidentialNoteRaisesIsNotShown() throws {
    let folder = try TemporaryNotebook([
      "nb/rapport.yml":
        "themes:\n  layoffs: { aliases: [redundancies] }\n  price: { aliases: [pricing] }\n  reporting: {}\n",
      "nb/acme/account.md":
        "---\nname: Acme\ncontacts:\n  - { id: ann, name: Ann Able, level: executive }\n  - { id: bob, name: Bob Baker }\n---\n",
      "nb/acme/2026-05-01-ann.md":
        "---\ndate: 2026-05-01\ninterviewer: Sam Lee\ncontact: ann\nscores: { nps: 9 }\n---\nSlow #reporting.\n",
      "nb/acme/2026-05-02-bob.md":
        "---\ndate: 2026-05-02\ninterviewer: Sam Lee\ncontact: bob\ntype: win-loss\noutcome: lost\nreasons: [pricing]\nconfidential: true\nscores: { nps: 2 }\n---\nTalk of #redundancies.\n",
    ])
    let report = try RapportProcess.run(
      ["report", "nb", "--out", "out", "--as-of", "2026-06-30"], in: folder.root)
    #expect(report.status == 0, "\(report.stderr)")
    let export = try RapportProcess.run(["export", "nb", "--as-of", "2026-06-30"], in: folder.root)
    var outputs = [export.stdout]
    for page in ["index.md", "index.html", "accounts/acme.md", "accounts/acme.html"] {
      outputs.append(try String(contentsOfFile: folder.root + "/out/" + page, encoding: .utf8))
    }
    for (index, text) in outputs.enumerated() {
      #expect(!text.contains("layoffs") && !text.contains("redundancies"), "output \(index)")
      #expect(!text.contains("#price") && !text.contains("\"price\""), "output \(index)")
    }
    #expect(outputs[3].contains("reporting"), "an open note's theme is shown")
  }

  @Test(arguments: ["confidental: true", "confidential: true\nscores: { nps: 11 }"])
  func aNoteMadeConfidentialWithAnErrorShowsNoOldPromiseInTheDiff(front: String) throws {
    let folder = try TemporaryNotebook([
      "nb/acme/account.md": "---\nname: Acme\ncontacts:\n  - { id: bob, name: Bob Baker }\n---\n",
      "nb/acme/2026-03-01-bob.md":
        "---\ndate: 2026-03-01\ninterviewer: Sam Lee\ncontact: bob\n---\nTalked.\n\n"
        + "- [ ] Quietly refund the overcharge @sam due:2026-04-01\n",
    ])
    for command in [
      "git init -q -b main", "git add -A", "git -c user.email=a@b -c user.name=a commit -qm base",
    ] {
      #expect(shell(command, in: folder.root) == 0, "\(command)")
    }
    try folder.write(
      "nb/acme/2026-03-01-bob.md",
      "---\ndate: 2026-03-01\ninterviewer: Sam Lee\ncontact: bob\n\(front)\n---\nTalked.\n\n"
        + "- [ ] Quietly refund the overcharge @sam due:2026-04-01\n")
    for format in ["markdown", "json"] {
      let run = try RapportProcess.run(
        ["diff", "HEAD", "--notebook", "nb", "--as-of", "2026-06-30", "--format", format],
        in: folder.root)
      #expect(!run.stdout.contains("refund"), "\(format): \(run.stdout)")
    }
  }
}
