import Foundation
import RapportAnalysis
import RapportNotebook
import RapportRendering
import RapportSystem
import Synchronization

/// Renders and writes a report set, skipping work whose inputs did not change since the last run.
///
/// The report set's key hashes everything it is made from: rapport's build, the as-of date,
/// templates, commit, output location and the notebook's inputs. An account's pages (its page and
/// its people's) have a key of their own: the build, as-of date, templates, output location and
/// settings, that account's own files, the themes other notes open in its confidential notes, and
/// what the templates show of the whole notebook (the commit, the counts of notes and skipped
/// notes, each only when read). Pages whose key matches the previous manifest, and which are
/// intact on disk, are kept instead of rendered, and so is the account's report when the last
/// run recorded it (`AccountRecords`); when the set's key matches and every page is intact,
/// nothing is done at all.
struct PageBuilder {
  let out: String
  /// Whether pages are checked by content hash, not just size and time (under `--no-cache`).
  let verifyContents: Bool
  let notebookPath: String
  /// Hash of the templates' texts (they are parsed only when a page has to be rendered).
  let templatesFingerprint: UInt64
  let jobs: Int
  let asOf: Day
  /// The notebook's git commit (`GitInfo.commit`), looked up once, while other work goes on.
  let gitCommit: Background<String?>
  var commit: String? { gitCommit.value }
  /// The notebook as seen from the output folder.
  let notebookFromOutput: String
  /// Where each account's slimmed report is kept between runs (nil without a cache).
  let accountRecords: String?
  /// The reports the last run kept there.
  let storedReports: AccountRecords
  /// The output folder's real path, and its manifest as read while the notebook is looked at.
  let early: Background<(root: String, read: (ReportManifest, FileFingerprint)?)>
  /// The output folder's writer when `accountsKept` took its lock, with the accounts whose pages
  /// it found intact under that lock (they are neither examined nor listed again).
  let held = HeldWriter()

  init(
    out: String, notebookPath: String, templatesFingerprint: UInt64, jobs: Int, asOf: Day,
    verifyContents: Bool, commit: Background<String?>, accountRecords: String? = nil
  ) {
    self.accountRecords = accountRecords
    storedReports = AccountRecords(path: accountRecords)
    early = Background { [out] in
      let root = Paths.real(out) ?? out
      return (root, ReportManifest.readWithFingerprint(in: root))
    }
    self.out = out
    self.verifyContents = verifyContents
    self.notebookPath = notebookPath
    self.templatesFingerprint = templatesFingerprint
    self.jobs = jobs
    self.asOf = asOf
    gitCommit = commit
    notebookFromOutput = Paths.relative(Paths.resolved(notebookPath), from: Paths.resolved(out))
  }

  /// What a run did to the output folder.
  struct Outcome {
    var upToDate = false
    var rendered = 0
    var reused = 0
    /// Accounts whose report was kept from the last run rather than made again.
    var accountsReused = 0
    /// Things left alone in the output folder, worth a warning.
    var warnings: [String] = []
  }

  /// The hash of everything but the notebook's own files.
  var commonKey: UInt64 {
    ContentHash.of(commit ?? "", seed: pagesKey)
  }

  /// The same without the commit, which account and person pages may not show.
  var pagesKey: UInt64 {
    var key = ContentHash.of(BuildIdentity.current, seed: templatesFingerprint)
    for part in [asOf.description, notebookFromOutput] {
      key = ContentHash.of(part, seed: key)
    }
    return key
  }

  /// The key of the whole report set.
  func key(_ inputs: NotebookInputs) -> UInt64 {
    ContentHash.of("set", seed: commonKey ^ inputs.hash)
  }

  /// Whether the reports in `out` were made from exactly these inputs and are all intact.
  func isUpToDate(_ inputs: NotebookInputs) -> Bool {
    guard FileSystem.isDirectory(out), let writer = try? ReportWriter(out: out),
      writer.recoveryWarnings.isEmpty, let previous = manifest(writer)
    else { return false }
    return previous.key == key(inputs)
      && writer.isComplete(previous, verifyContents: verifyContents, jobs: jobs)
  }

  /// Analyses the loaded notebook and writes every page whose key changed.
  func write(_ loaded: LoadedNotebook, templates: TemplateSet) throws -> Outcome {
    let notebook = loaded.notebook
    var timer = PhaseTimer()
    let key = key(loaded.inputs)
    let early = held.state.withLock { $0 }
    let writer = try early?.writer ?? ReportWriter(out: out)
    let intact = early?.intact ?? [:]
    let previous = manifest(writer)
    var outcome = Outcome()
    outcome.warnings = writer.recoveryWarnings
    if let previous, previous.key == key,
      writer.isComplete(previous, verifyContents: verifyContents, jobs: jobs)
    {
      outcome.upToDate = true
      return outcome
    }
    var made = RenderContext(
      notebook: notebook, asOf: asOf, commit: commit, notebookFromOutput: notebookFromOutput
    ).linkingNotes(settings: notebook.settings, notebookPath: notebookPath)
    made.laterByAccount = loaded.notesDated(after: asOf)
    let context = made
    let accountKeys = accountKeys(
      inputs: loaded.inputs, openedThemes: loaded.openedThemes, noteCount: notebook.noteCount,
      templates: templates, noteURL: context.noteURL)
    let renderer = ReportRenderer(templates: templates)
    let layout = OutputLayout()
    let settings = notebook.settings
    // The company page and style sheet are checked before any work, so the usual clash (an
    // `--out` that is someone's web folder) stops the run at once; the rest once paths are known.
    if let clash = foreignFilesError(
      writer.foreignFiles(at: layout.companyPages, previous: previous))
    {
      writer.abandon()
      throw clash
    }
    let transaction = try writer.begin()
    // Accounts whose pages are kept reuse their report from the last run; every report made or
    // reused goes to a new records file, put in place once the pages are.
    let stored = storedReports
    let records = accountRecords.flatMap { AccountRecords.Writer(file: $0) }
    let reused = Mutex<Set<String>>([])
    do {
      // The analysis lives in this block only: once the company page is written, what it held
      // is freed and its pages handed back before pages are moved into place.
      do {
        // Each account's own pages are written as soon as it is analysed, keeping only what the
        // company figures need: every account's full report is never held at the same time.
        let account: @Sendable (Int) throws(WriteError) -> Account = { index throws(WriteError) in
          do { return try loaded.account(at: index) } catch {
            throw WriteError(message: "\(error)")
          }
        }
        let period = ReportPeriod(asOf: asOf, settings: notebook.settings)
        let made = try NotebookAnalysis.accounts(
          notebook: notebook, period: period, jobs: jobs,
          kept: { index in
            // Kept whole: its pages, and its record carried as it is (read back, not decoded, and
            // decoded only if the company figures are made again).
            let id = notebook.accounts[index].id
            guard let key = accountKeys[id], let people = stored.people(of: id, key: key),
              let record = stored.record(for: id, key: key),
              let kept = intact[id].flatMap({ $0.key == key ? $0.pages : nil })
                ?? keptPages(
                  layout.pages(account: id, people: people), key: key, previous: previous,
                  writer: writer)
            else { return false }
            for (page, entry) in kept { transaction.keep(page, as: entry) }
            records?.add(
              bytes: record.bytes, id: id, key: key, people: people, hash: record.hash)
            reused.withLock { _ = $0.insert(id) }
            return true
          }, account: account
        ) { report throws(WriteError) in
          do {
            try writePages(
              of: report, key: accountKeys[report.id] ?? 0,
              previous: previous, writer: writer, transaction: transaction, renderer: renderer,
              settings: settings, context: context)
          } catch let error as WriteError {
            throw error
          } catch {
            throw WriteError(message: "\(error)")
          }
          let slimmed = report.keepingCompanyFigures()
          records?.add(slimmed, id: report.id, key: accountKeys[report.id] ?? 0)
          return slimmed
        }
        timer.mark("analysis, account pages")
        // A reused account's pages were all in the previous manifest: only the others' are new.
        let paths = layout.pages(
          accounts: made.compactMap { report in report.map { ($0.id, $0.contacts.map(\.id)) } })
        if let clash = foreignFilesError(writer.foreignFiles(at: paths, previous: previous)) {
          throw clash
        }
        try writeCompanyPages(
          made, notebook: notebook, period: period, setKey: key,
          settingsHash: loaded.inputs.settingsHash,
          records: records, accountKeys: accountKeys, account: account, context: context,
          renderer: renderer, previous: previous, writer: writer, transaction: transaction)
        timer.mark("render the company page")
      }
      Memory.releaseFreed()
      (outcome.rendered, outcome.reused) = transaction.counts
      outcome.warnings +=
        (previous?.ignored ?? []).map {
          "ignored .rapport-manifest entry '\($0)': not a plain relative path inside \(out)"
        } + (try transaction.commit(key: key, previous: previous))
      timer.mark("move into place")
    } catch {
      transaction.abort()
      records?.discard()
      throw error
    }
    records?.finish()
    outcome.accountsReused = reused.withLock { $0.count }
    return outcome
  }

  /// The key of each account's pages (by account id): made from its own files and from the
  /// themes other notes open in its confidential notes, and from what the templates show of the
  /// whole notebook when they read it, so a commit, an edit that leaves the notebook with
  /// uncommitted changes, or a new note elsewhere rewrites only the pages whose inputs changed.
  func accountKeys(
    inputs: NotebookInputs, openedThemes: [String: UInt64], noteCount: Int,
    templates: TemplateSet, noteURL: RenderContext.NoteURL?
  ) -> [String: UInt64] {
    // An account's skipped notes are its own, so its files' hash already covers them.
    var showing: [String] = []
    if templates.accountPagesRead("notes") { showing.append("notes \(noteCount)") }
    if templates.accountPagesRead("commit") { showing.append("commit " + (commit ?? "")) }
    if let url = noteURL {
      showing += [url.prefix, url.pattern.contains("{commit}") ? url.commit : ""]
    }
    let pageCommon = ContentHash.of(
      showing.joined(separator: "\u{1}"), seed: pagesKey ^ inputs.settingsHash)
    var keys: [String: UInt64] = [:]
    for (id, hash) in inputs.accountHashes {
      var seed = pageCommon ^ hash
      if let opened = openedThemes[id] { seed = ContentHash.of("opened \(opened)", seed: seed) }
      keys[id] = ContentHash.of(id, seed: seed)
    }
    return keys
  }

  /// Of the accounts none of whose files changed, those whose report and pages the last run
  /// kept under the key they have now: their notes need not be read.
  ///
  /// Takes the output folder's lock first, so the pages examined here stay as found until the
  /// run writes.
  func accountsKept(_ preview: NotebookLoader.Preview, templates: TemplateSet) -> Set<String> {
    // A killed run's staging folder is left to `write`, which finishes or discards it and says so:
    // taking the lock here would do that even for a run that is then refused.
    let (root, read) = early.value
    guard accountRecords != nil, read != nil,
      !FileSystem.exists(OutputStaging(out: root).folder),
      let writer = try? ReportWriter(out: out), let previous = manifest(writer)
    else { return [] }
    let keys = accountKeys(
      inputs: preview.inputs, openedThemes: preview.openedThemes, noteCount: preview.noteCount,
      templates: templates,
      noteURL: RenderContext.noteURL(settings: preview.settings, notebookPath: notebookPath))
    let ids = preview.unchanged.sorted()
    let kept = Parallel.map(count: ids.count, jobs: jobs, scratch: {}) { index, _ -> KeptPages? in
      let id = ids[index]
      guard let key = keys[id], let people = storedReports.people(of: id, key: key) else {
        return nil
      }
      return keptPages(
        OutputLayout().pages(account: id, people: people), key: key, previous: previous,
        writer: writer
      ).map { KeptPages(key: key, pages: $0) }
    }
    var intact: [String: KeptPages] = [:]
    for (id, pages) in zip(ids, kept) { intact[id] = pages }
    held.state.withLock { [intact] in $0 = (writer, intact) }
    return Set(intact.keys)
  }

  /// The previous run's manifest, as `writer` (which holds the folder's lock) finds it: the one
  /// read early when its file is still the same.
  func manifest(_ writer: ReportWriter) -> ReportManifest? {
    let (root, read) = early.value
    if let (manifest, fingerprint) = read, root == writer.root,
      FileSystem.fingerprint(root + "/" + ReportManifest.fileName) == fingerprint
    {
      return manifest
    }
    return writer.manifest()
  }

  /// The error for files in the output folder that rapport did not write, if there are any.
  private func foreignFilesError(_ foreign: [String]) -> WriteError? {
    guard let first = foreign.first else { return nil }
    let more = foreign.count > 1 ? " (nor \(foreign.count - 1) more)" : ""
    return WriteError(
      message:
        "\(out)/\(first) exists and was not written by rapport\(more); move it away or choose another --out"
    )
  }

  /// Pages made from the same inputs (an account's page and its people's, or the company's) with
  /// their entries in the previous manifest, when the previous run wrote every one of them from
  /// `key` and each is intact; else nil, and they are all to be written.
  func keptPages(
    _ pages: [String], key: UInt64, previous: ReportManifest?, writer: ReportWriter
  ) -> [(String, ReportManifest.Entry)]? {
    var kept: [(String, ReportManifest.Entry)] = []
    var cursor = FolderCursor(root: writer.root)
    for page in pages {
      guard let old = previous?.pages[page], old.key == key,
        writer.isIntact(page, as: old, verifyContents: verifyContents, cursor: &cursor)
      else { return nil }
      kept.append((page, old))
    }
    return kept
  }

  /// Writes an account's page and its people's pages, or keeps them when the previous run wrote
  /// them from the same inputs (`key`) and they are intact.
  private func writePages(
    of report: AccountReport, key pageKey: UInt64, previous: ReportManifest?,
    writer: ReportWriter, transaction: ReportTransaction, renderer: ReportRenderer,
    settings: Settings, context: RenderContext
  ) throws {
    let layout = OutputLayout()
    if let kept = keptPages(
      layout.pages(account: report.id, people: report.contacts.map(\.id)), key: pageKey,
      previous: previous, writer: writer)
    {
      for (page, entry) in kept { transaction.keep(page, as: entry) }
      return
    }
    let page = renderer.account(report, settings: settings, context: context)
    try transaction.write(layout.account(report.id, .markdown), page.markdown, key: pageKey)
    try transaction.write(layout.account(report.id, .html), page.html, key: pageKey)
    for person in report.people(settings: settings) {
      let page = renderer.person(
        person, period: report.period, settings: settings, context: context)
      let id = person.contact.id
      try transaction.write(
        layout.person(account: report.id, id: id, .markdown), page.markdown, key: pageKey)
      try transaction.write(
        layout.person(account: report.id, id: id, .html), page.html, key: pageKey)
    }
  }
}

/// The output folder's writer, holding its lock, taken while the notebook is read.
final class HeldWriter: Sendable {
  let state = Mutex<(writer: ReportWriter, intact: [String: KeptPages])?>(nil)
}

/// An account's pages found intact under the output folder's lock, with their manifest entries,
/// for the pages' key they were examined under.
struct KeptPages: Sendable {
  var key: UInt64
  var pages: [(String, ReportManifest.Entry)]
}
