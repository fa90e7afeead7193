import Foundation
import RapportAnalysis
import RapportNotebook
import RapportRendering

/// Renders and writes a report set, skipping work whose inputs did not change since the last run.
///
/// Every page has a key: a hash of everything it is made from (rapport's version, the as-of date,
/// templates, settings, commit, and the account's own files). Pages whose key matches the previous
/// manifest are reused instead of rendered; when no key changed, nothing is written at all.
struct PageWriter {
  let out: String
  let notebookPath: String
  let templates: TemplateSet
  let jobs: Int

  /// What a run did.
  struct Outcome {
    var upToDate = false
    var rendered = 0
    var reused = 0
    var asOf: Day

    func summary(notebook: Notebook, out: String) -> String {
      let skipped = notebook.skippedNotes.count
      let counts =
        "\(notebook.noteCount) notes, \(skipped) skipped, \(notebook.accounts.count) accounts, as of \(asOf)"
      if upToDate { return "reports in \(out) are up to date (\(counts))" }
      return "wrote reports to \(out): \(rendered) pages rendered, \(reused) unchanged (\(counts))"
    }
  }

  func write(_ loaded: NotebookLoader.Result, asOf: Day) throws -> Outcome {
    let notebook = loaded.notebook
    let commit = GitInfo.commit(of: notebookPath)
    let context = RenderContext(
      asOf: asOf, commit: commit, skippedNotes: notebook.skippedNotes.count,
      noteCount: notebook.noteCount,
      notebookFromOutput: DisplayPath.relative(
        OutputFolder.resolved(notebookPath), from: OutputFolder.resolved(out)),
      tellBackTag: notebook.settings.tellBackTag)
    var common = ContentHash.of(
      RapportVersion.current, seed: templates.fingerprint ^ loaded.settingsHash)
    for part in [
      asOf.description, commit ?? "", String(context.skippedNotes), String(context.noteCount),
      context.notebookFromOutput,
    ] {
      common = ContentHash.of(part, seed: common)
    }
    let accountKeys = notebook.accounts.map {
      ContentHash.of($0.id, seed: common ^ (loaded.accountHashes[$0.id] ?? 0))
    }
    let key = accountKeys.reduce(common) { ContentHash.of(String($1), seed: $0) }
    let writer = ReportWriter(out: out)
    let previous = writer.manifest()
    var outcome = Outcome(asOf: asOf)
    if let previous, previous.key == key, writer.isComplete(previous) {
      outcome.upToDate = true
      return outcome
    }
    let build = ReportBuild(notebook: notebook, asOf: asOf, jobs: jobs)
    let renderer = ReportRenderer(templates: templates)
    let index = renderer.index(build.company, context: context)
    var pages = [
      ReportWriter.Page(path: "index.md", bytes: Array(index.markdown.utf8), key: key),
      ReportWriter.Page(path: "index.html", bytes: Array(index.html.utf8), key: key),
    ]
    let outputFolder = out
    let accountPages = parallelMap(Array(zip(build.accounts, accountKeys)), jobs: jobs) {
      report, pageKey -> [ReportWriter.Page] in
      let base = "accounts/\(report.id)"
      if let previous, previous.pages[base + ".md"] == pageKey,
        previous.pages[base + ".html"] == pageKey,
        FileSystem.exists(outputFolder + "/" + base + ".md"),
        FileSystem.exists(outputFolder + "/" + base + ".html")
      {
        return [
          .init(path: base + ".md", bytes: nil, key: pageKey),
          .init(path: base + ".html", bytes: nil, key: pageKey),
        ]
      }
      let page = renderer.account(report, context: context)
      return [
        .init(path: base + ".md", bytes: Array(page.markdown.utf8), key: pageKey),
        .init(path: base + ".html", bytes: Array(page.html.utf8), key: pageKey),
      ]
    }
    pages += accountPages.flatMap { $0 }
    outcome.rendered = pages.filter { $0.bytes != nil }.count
    outcome.reused = pages.count - outcome.rendered
    try writer.write(pages, key: key, previous: previous)
    return outcome
  }
}
