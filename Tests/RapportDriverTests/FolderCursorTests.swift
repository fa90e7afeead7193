import Foundation
import RapportSystem
import RapportTestSupport
import Testing

/// Files examined folder by folder give what looking up each whole path gives.
@Suite struct FolderCursorTests {
  @Test func sameFingerprintsAsWholePaths() throws {
    let folder = try TemporaryNotebook([
      "top.md": "a", "acme/one.md": "bb", "acme/two.md": "ccc", "acme/deep/three.md": "dddd",
      "globex/one.md": "eeeee", "é/ü.md": "ffffff",
    ])
    try folder.link("acme/linked.md", to: "../globex/one.md")
    try folder.link("via", to: "acme")
    try folder.link("acme/dangling.md", to: "nowhere.md")
    // In no useful order, back and forth between folders, with missing files and folders.
    let paths = [
      "acme/one.md", "acme/two.md", "top.md", "acme/deep/three.md", "acme/one.md", "missing.md",
      "globex/one.md", "acme/linked.md", "via/two.md", "via/deep/three.md", "é/ü.md",
      "acme/dangling.md", "gone/one.md", "acme/deep", "acme/two.md", "",
    ]
    var cursor = FolderCursor(root: folder.root)
    for path in paths {
      let expected = FileSystem.fingerprint(folder.root + "/" + path)
      #expect(cursor.fingerprint(path) == expected, "\(path)")
    }
    #expect(cursor.fingerprint("acme/two.md")?.size == 3)
    #expect(cursor.fingerprint("acme/dangling.md") == nil)
  }

  @Test func seesAFileReplacedAfterItsFolderWasOpened() throws {
    let folder = try TemporaryNotebook(["acme/one.md": "short"])
    var cursor = FolderCursor(root: folder.root)
    #expect(cursor.fingerprint("acme/one.md")?.size == 5)
    try folder.write("acme/one.md", "a longer text")
    #expect(cursor.fingerprint("acme/one.md")?.size == 13)
  }

  @Test func foldersWhoseNamesDifferOnlyInNormalisationAreTwo() throws {
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"
    // Written one at a time: as Swift strings the two names are equal.
    let folder = try TemporaryNotebook([composed + "/x.md": "12345"])
    try folder.write(decomposed + "/x.md", "12")
    guard FileSystem.fingerprint(folder.root + "/" + decomposed + "/x.md")?.size == 2 else {
      return  // this file system takes the two names for one
    }
    var cursor = FolderCursor(root: folder.root)
    #expect(cursor.fingerprint(composed + "/x.md")?.size == 5)
    #expect(cursor.fingerprint(decomposed + "/x.md")?.size == 2)
  }
}
