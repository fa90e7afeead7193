import Foundation
import RapportTestSupport
import Testing

/// A codebook theme or reason that only a confidential note raises is shown nowhere: the codebook
/// is no secret, but that the note raised it is.
@Suite struct ConfidentialCodebookTests {
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
}
