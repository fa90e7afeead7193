import RapportAnalysis
import RapportNotebook
import RapportRendering
import RapportSystem

extension PageBuilder {
  /// Writes the company page and the style sheet, or keeps them when the last run made them
  /// from the same inputs: every account's stored record (by hash), the settings, what the run
  /// states about the notebook, and all the set's common inputs. An edit that leaves every
  /// account's company figures as they were then neither reads the other accounts' records
  /// back nor makes the company figures again.
  ///
  /// `made` holds each account's slimmed report, or nil for one kept from the last run, whose
  /// stored report is read back only when the company page is made again.
  func writeCompanyPages(
    _ made: [AccountReport?], notebook: Notebook, period: ReportPeriod, setKey: UInt64,
    settingsHash: UInt64, records: AccountRecords.Writer?, accountKeys: [String: UInt64],
    account: @Sendable (Int) throws(WriteError) -> Account, context: RenderContext,
    renderer: ReportRenderer, previous: ReportManifest?, writer: ReportWriter,
    transaction: ReportTransaction
  ) throws {
    let layout = OutputLayout()
    let pages = [layout.index(.markdown), layout.index(.html), OutputLayout.stylesheet]
    let pageKey =
      records.flatMap {
        companyKey(
          hashes: $0.hashes, notebook: notebook, settingsHash: settingsHash, context: context)
      } ?? setKey
    if let kept = keptPages(pages, key: pageKey, previous: previous, writer: writer) {
      for (page, entry) in kept { transaction.keep(page, as: entry) }
      return
    }
    // The accounts kept from the last run give their stored reports; one that no longer reads
    // back is analysed again (its pages stay as kept: they were made from the same notes).
    let stored = storedReports
    let reports = try Parallel.map(count: made.count, jobs: jobs, scratch: {}) {
      index, _ -> Result<AccountReport, WriteError> in
      if let report = made[index] { return .success(report) }
      let id = notebook.accounts[index].id
      if let key = accountKeys[id], let (report, _) = stored.report(for: id, key: key) {
        return .success(report)
      }
      return Result { () throws(WriteError) in
        AccountAnalysis.report(try account(index), settings: notebook.settings, period: period)
          .keepingCompanyFigures()
      }
    }.map { result throws(WriteError) in try result.get() }
    let build = NotebookAnalysis(
      notebook: notebook, period: period, accounts: reports, jobs: jobs)
    let index = renderer.index(build.company, context: context, jobs: jobs)
    try transaction.write(pages[0], index.markdown, key: pageKey)
    try transaction.write(pages[1], index.html, key: pageKey)
    try transaction.write(pages[2], Array(renderer.stylesheet().utf8), key: pageKey)
  }

  /// The key of the company page: the set's common inputs (build, templates, as-of date, output
  /// location, commit), the settings, each account's record hash in the notebook's order, and
  /// what the page states of the notebook beyond them; nil when an account has no record.
  func companyKey(
    hashes: [String: UInt64], notebook: Notebook, settingsHash: UInt64, context: RenderContext
  ) -> UInt64? {
    var key = ContentHash.of("company", seed: commonKey ^ settingsHash)
    for account in notebook.accounts {
      guard let hash = hashes[account.id] else { return nil }
      key = ContentHash.of("\(account.id) \(hash)", seed: key)
    }
    var stated = [
      "notes \(context.noteCount) skipped \(context.skippedNotes) later \(context.laterNotes)"
    ]
    stated += context.skippedByAccount.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
    stated += context.confidentialFiles.sorted()
    if let url = context.noteURL { stated += [url.prefix, url.pattern, url.commit] }
    return ContentHash.of(stated.joined(separator: "\u{1}"), seed: key)
  }
}
