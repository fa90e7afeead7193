import RapportNotebook
import RapportRendering
import RapportSystem

/// What `report` is asked to do.
public struct ReportRequest: Sendable {
  /// The output folder, as the user named it.
  public var out: String
  public var asOf: Day
  /// A folder of templates replacing built-in ones (else the notebook's `templates` folder).
  public var templates: String?
  /// Whether to write nothing while the notebook has errors.
  public var strict: Bool
  /// Whether to write nothing when no note is found (a watched notebook mid-checkout).
  public var keepIfEmpty = false

  public init(out: String, asOf: Day, templates: String? = nil, strict: Bool = false) {
    self.out = out
    self.asOf = asOf
    self.templates = templates
    self.strict = strict
  }
}

/// What a `report` run did.
public struct ReportOutcome: Sendable {
  /// What happened to the output folder.
  public enum Result: Sendable, Hashable {
    /// Nothing changed since the reports there were written.
    case upToDate
    /// Pages were written (`rendered` anew, `reused` unchanged).
    case written(rendered: Int, reused: Int)
    /// The notebook has errors and the run was strict: nothing written.
    case refused
    /// A template does not compile: nothing written.
    case templateErrors
    /// No note was found and the request keeps the reports then: nothing written.
    case empty
  }

  public var result: Result
  /// Diagnostics of the notebook and the templates, sorted.
  public var diagnostics: [Diagnostic]
  /// Things left alone in the output folder.
  public var warnings: [String]
  public var noteCount: Int
  public var skippedCount: Int
  public var accountCount: Int
  /// Accounts whose report was kept from the last run (their pages were kept too).
  public var accountsReused = 0
  /// Accounts whose notes were not read at all: none of their files changed, and their report
  /// and pages were kept.
  public var accountsUnread = 0

  /// Errors among the diagnostics.
  public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
}

extension Workspace {
  /// Checks the notebook and writes the report pages whose inputs changed.
  public func report(_ request: ReportRequest) throws -> ReportOutcome {
    // Git answers while the notebook's files are looked at.
    let path = notebook
    let commit = Background { GitInfo.commit(of: path) }
    let sources = TemplateFolder.sources(folder: request.templates, notebook: notebook)
    // The previous manifest is read while the notebook's files are looked at, too.
    let builder = PageBuilder(
      out: request.out, notebookPath: notebook, templatesFingerprint: sources.fingerprint,
      jobs: options.jobs, asOf: request.asOf, verifyContents: !options.usesCache,
      commit: commit, accountRecords: options.usesCache && savesCache ? store.accountsFile : nil)
    var (unchanged, sighting) = sources.isReadable ? lookForChanges() : (nil, nil)
    var timer = PhaseTimer()
    // Nothing changed since the last run: say what it said, and leave the reports alone (the
    // templates' texts are part of what is compared).
    if let (inputs, last) = unchanged, builder.isUpToDate(inputs) {
      timer.mark("examine the pages")
      return ReportOutcome(
        result: .upToDate, diagnostics: last.diagnostics + sources.diagnostics, warnings: [],
        noteCount: last.noteCount, skippedCount: last.skippedNotes.count,
        accountCount: last.accountCount)
    }
    // Templates compile on a thread of their own while the notes are read.
    let parsed = Background { sources.parse() }
    // Interviews wait in a temporary file until their account is analysed, so memory follows the
    // largest account rather than the notebook.
    // Accounts whose report and pages are kept from the last run are not read at all.
    let loaded = load(
      interviews: .setAside,
      mayLeaveUnread: { [builder] preview in
        guard let templates = parsed.value.0 else { return [] }
        return builder.accountsKept(preview, templates: templates)
      },
      // Taken, not kept: its index of the cache is not held while pages are rendered.
      sighting: sighting.take(), savingCacheAside: true)
    // The cache is written while the reports are; the run ends once both are.
    defer { _ = loaded.cacheSaved?.value }
    let (templates, templateDiagnostics) = parsed.value
    guard let templates else {
      return ReportOutcome(
        result: .templateErrors, diagnostics: templateDiagnostics, warnings: [], noteCount: 0,
        skippedCount: 0, accountCount: 0)
    }
    let notebook = loaded.notebook
    var outcome = ReportOutcome(
      result: .refused, diagnostics: notebook.diagnostics + templateDiagnostics, warnings: [],
      noteCount: notebook.noteCount, skippedCount: notebook.skippedNotes.count,
      accountCount: notebook.accounts.count)
    outcome.accountsUnread = loaded.unreadAccounts
    if request.strict && outcome.errors > 0 { return outcome }
    if request.keepIfEmpty && notebook.noteCount == 0 {
      outcome.result = .empty
      return outcome
    }
    let written = try builder.write(loaded, templates: templates)
    outcome.result =
      written.upToDate ? .upToDate : .written(rendered: written.rendered, reused: written.reused)
    outcome.warnings = written.warnings
    outcome.accountsReused = written.accountsReused
    return outcome
  }
}
