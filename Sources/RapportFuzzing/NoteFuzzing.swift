import RapportMarkdown
import RapportNotebook
import RapportSystem

/// One note's bytes through everything that reads a note, against a small fixed account: front
/// matter and YAML, cmark, extraction, the checks, resolution into an interview and the cache's
/// round trip; the same bytes are also read as an `account.md` and as a `rapport.yml`.
///
/// Stops the process (so a fuzzer keeps the input) when a promise of the reader is broken: a
/// cached note that reads back differently, or a diagnostic pointing outside its file.
public enum NoteFuzzing {
  /// The notebook's settings: two scales, levels, a team and a codebook.
  static let settings: Settings = SettingsParser.parse(
    """
    scales:
      nps: { min: 0, max: 10, nps: true }
      health: { min: 1, max: 5 }
    levels: [executive, manager, staff]
    team:
      - { handle: priya, name: Priya Shah }
    themes:
      reporting: { aliases: [reports, dashboards], group: product }
      price: { aliases: [pricing], group: commercial }
    strict_themes: true
    """, file: "rapport.yml"
  ).0

  /// The account the note belongs to: a small roster with a manager, and a team.
  static let profile: AccountProfile = {
    let text = """
      ---
      name: Acme Corporation
      relationship: partner
      team:
        - { handle: sam, name: Sam Lee }
      assumed_reasons: [price]
      contacts:
        - { id: jane-doe, name: Jane Doe, title: CIO, level: executive, invited: 2026-01-05 }
        - { id: raj-patel, name: Raj Patel, level: manager, reports_to: jane-doe }
        - { name: Zoë Müller, level: staff, reports_to: raj-patel, status: left }
      ---
      About Acme.
      """
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBytes {
      ProfileParser.parse(
        bytes: UnsafeRawBufferPointer($0), file: "acme/account.md", settings: settings)
    }.0
  }()

  static let context = NoteContext(settings: settings, profile: profile)

  /// The path the note is read at.
  static let file = "acme/2026-03-14-jane-doe.md"

  /// Reads `bytes` as a note (and as a profile and settings); traps when the reader breaks a
  /// promise.
  public static func run(_ bytes: UnsafeRawBufferPointer) {
    let parsed = NoteParser.parse(bytes: bytes, file: file, limits: settings.limits)
    let entry = NoteCache.Entry(
      fingerprint: FileFingerprint(size: bytes.count, modified: 0, changed: 0, inode: 0),
      contentHash: ContentHash.of(bytes), note: parsed)
    guard entry.note(file: file) == parsed else {
      fatalError("the cache gives back another note than the one parsed")
    }
    // As the loader does: the checks read the note with known words put back, and a note with
    // no error becomes an interview.
    let readable = context.unsealed(parsed)
    let found = NoteChecks.diagnostics(for: readable, in: context)
    let diagnostics = parsed.diagnostics + found
    if !diagnostics.contains(where: { $0.severity == .error }) {
      _ = NoteResolver.interview(from: readable, in: context)
    }
    checkPositions(diagnostics, in: bytes)
    let (_, profileDiagnostics) = ProfileParser.parse(
      bytes: bytes, file: "acme/account.md", settings: settings)
    checkPositions(profileDiagnostics, in: bytes)
    if let text = String(validating: bytes, as: UTF8.self) {
      checkPositions(SettingsParser.parse(text, file: "rapport.yml").1, in: bytes)
    }
  }

  /// Traps unless every diagnostic's position is on a line of the file, at column 1 or later.
  static func checkPositions(_ diagnostics: [Diagnostic], in bytes: UnsafeRawBufferPointer) {
    // Lines end at LF, CRLF or a bare CR, so counting both bytes gives at least the line count.
    let lines = bytes.reduce(1) { $1 == 0x0A || $1 == 0x0D ? $0 + 1 : $0 }
    for diagnostic in diagnostics {
      guard let position = diagnostic.position else { continue }
      guard position.line >= 1, position.line <= lines, position.column >= 1 else {
        fatalError(
          "\(diagnostic.rule) points at line \(position.line), column \(position.column) of \(lines) lines"
        )
      }
    }
  }
}
