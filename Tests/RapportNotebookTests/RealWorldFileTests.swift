import Foundation
import RapportMarkdown
import RapportTestSupport
import Testing

@testable import RapportNotebook

/// Third-party files (front-matter edge cases from other tools' test suites, real public notes):
/// every one is read without a crash, and the interesting ones get the diagnostics a user needs.
///
/// The files sit in `../shared/realworld` beside the repository in CI, not in a user's clone: the
/// suite is skipped without them.
@Suite(
  .enabled(
    if: RepositoryPaths.hasSharedRealWorld,
    "needs ../shared/realworld beside the repository (present in CI only)"))
struct RealWorldFileTests {
  static let derived = "frontmatter/derived/"

  func note(_ relative: String) throws -> ParsedNote {
    let url = RepositoryPaths.sharedRealWorld.appendingPathComponent(relative)
    let bytes = try [UInt8](Data(contentsOf: url))
    return bytes.withUnsafeBytes { NoteParser.parse(bytes: $0, file: relative, limits: Limits()) }
  }

  func rules(_ note: ParsedNote) -> [String] { note.diagnostics.map(\.rule).sorted() }

  @Test func everyFileIsReadAndEveryDiagnosticPointsInsideItsFile() throws {
    let shared = RepositoryPaths.sharedRealWorld
    var count = 0
    for folder in ["frontmatter", "notes"] {
      let root = shared.appendingPathComponent(folder)
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey])!
      for case let url as URL in walker
      where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        let bytes = try [UInt8](Data(contentsOf: url))
        let lineCount = bytes.filter { $0 == 0x0A }.count + bytes.filter { $0 == 0x0D }.count + 1
        let parsed = bytes.withUnsafeBytes {
          NoteParser.parse(bytes: $0, file: url.path, limits: Limits())
        }
        for diagnostic in parsed.diagnostics {
          if let position = diagnostic.position {
            #expect(position.line >= 1 && position.line <= lineCount, "\(url.path): \(diagnostic)")
            #expect(position.column >= 1)
          }
        }
        _ = bytes.withUnsafeBytes {
          ProfileParser.parse(bytes: $0, file: url.path, settings: Settings())
        }
        count += 1
      }
    }
    #expect(count > 500)
  }

  @Test func realNoteFoldersLoadAsAccounts() throws {
    let shared = RepositoryPaths.sharedRealWorld
    let notebook = try TemporaryNotebook([:])
    for (index, name) in [
      "18F-18f.gsa.gov", "obsidian-tasks-demo-vault", "rust-lang-compiler-team",
    ].enumerated() {
      // Copied, not linked: links that lead out of a notebook are not followed.
      try FileManager.default.copyItem(
        atPath: shared.appendingPathComponent("notes/" + name).path,
        toPath: notebook.root + "/account-\(index)")
    }
    let loaded = notebook.load(jobs: 2)
    #expect(loaded.accounts.count == 3)
    #expect(loaded.noteCount > 300)
    // Blog posts and meeting minutes are not interview notes: they are reported, never dropped silently.
    #expect(
      loaded.skippedNotes.count + loaded.accounts.map(\.interviews.count).reduce(0, +)
        == loaded.noteCount)
  }

  @Test func byteOrderMarksAndCRLFAreAccepted() throws {
    for file in ["bom-utf8.md", "bom-utf8-crlf.md", "crlf.md"] {
      let note = try note(Self.derived + file)
      #expect(note.date?.value.description == "2024-05-02", "\(file)")
      #expect(!rules(note).contains("file.encoding"))
      #expect(note.body.commitments.count == 2, "\(file)")
      #expect(
        note.body.commitments.first?.position == SourcePosition(line: 10, column: 3), "\(file)")
    }
  }

  @Test func bareCRIsReadAndWarned() throws {
    let note = try note(Self.derived + "cr-only.md")
    #expect(note.date?.value.description == "2024-05-02")
    #expect(note.diagnostics.first { $0.rule == "file.line-endings" }?.severity == .warning)
    #expect(note.body.commitments.first?.position.line == 10)
  }

  @Test func unclosedFrontMatterIsOneErrorEvenAtOneMegabyte() throws {
    for file in ["unclosed.md", "unclosed-huge.md"] {
      let note = try note(Self.derived + file)
      #expect(rules(note) == ["front-matter.unclosed"], "\(file)")
    }
  }

  @Test func invalidEncodingsPointAtTheBadByte() throws {
    let expected: [(String, SourcePosition, String)] = [
      ("invalid-utf8-in-body.md", SourcePosition(line: 4, column: 12), "0xC3"),
      ("latin1-not-utf8.md", SourcePosition(line: 2, column: 11), "0xE9"),
      ("nul-byte.md", SourcePosition(line: 4, column: 4), "NUL"),
      ("utf16le-bom.md", SourcePosition(line: 1, column: 1), "UTF-16"),
      ("utf16be-bom.md", SourcePosition(line: 1, column: 1), "UTF-16"),
    ]
    for (file, position, words) in expected {
      let note = try note(Self.derived + file)
      #expect(rules(note) == ["file.encoding"], "\(file)")
      #expect(note.diagnostics.first?.position == position, "\(file)")
      #expect(note.diagnostics.first?.message.contains(words) == true, "\(file)")
    }
  }

  @Test func tabsInYAMLAreAnErrorThatSaysSo() throws {
    let note = try note(Self.derived + "tab-indented-yaml.md")
    #expect(rules(note) == ["yaml.invalid"])
    #expect(note.diagnostics.first?.position?.line == 3)
    #expect(note.diagnostics.first?.message.contains("tabs") == true)
  }

  @Test func duplicateKeysPointAtTheSecondOne() throws {
    let note = try note(Self.derived + "duplicate-keys.md")
    #expect(rules(note) == ["yaml.duplicate-key"])
    #expect(note.diagnostics.first?.position == SourcePosition(line: 3, column: 1))
  }

  @Test func anchorsAndMergeKeysAreResolved() throws {
    let note = try note(Self.derived + "yaml-anchor-merge.md")
    #expect(!rules(note).contains("yaml.invalid"))
    #expect(
      note.diagnostics.filter { $0.rule == "yaml.unknown-key" }.map(\.position?.line) == [2, 3])
  }

  @Test func aMegabyteOfFrontMatterIsRead() throws {
    let note = try note(Self.derived + "large-frontmatter.md")
    let unknown = note.diagnostics.filter { $0.rule == "yaml.unknown-key" }
    #expect(unknown.map(\.message).contains { $0.contains("`tags`") && $0.contains("themes") })
    #expect(unknown.last?.position?.line ?? 0 > 20_000)
  }

  @Test func openingFenceMistakesGetAHint() throws {
    let expected = [
      ("four-dashes.md", "exactly three"), ("blank-line-before.md", "first line"),
      ("indented-fence.md", "indented"), ("toml.md", "TOML"),
    ]
    for (file, hint) in expected {
      let note = try note(Self.derived + file)
      #expect(rules(note) == ["front-matter.missing"], "\(file)")
      #expect(note.diagnostics.first?.message.contains(hint) == true, "\(file)")
    }
  }

  @Test func otherClosingsAndShapes() throws {
    let dots = try note(Self.derived + "dots-terminator.md")
    let eof = try note(Self.derived + "closing-at-eof-no-newline.md")
    let list = try note(Self.derived + "non-mapping-list.md")
    let badDate = try note(Self.derived + "tags-variants.md")
    #expect(!rules(dots).contains("front-matter.unclosed"))
    #expect(!rules(eof).contains("front-matter.unclosed"))
    #expect(rules(list) == ["yaml.not-mapping"])
    #expect(
      badDate.diagnostics.first { $0.rule == "date.invalid" }?.position
        == SourcePosition(line: 7, column: 7))
  }
}
