import RapportAnalysis
import RapportLanguageServer
import RapportMarkdown
import RapportNotebook

/// What a hover shows about a subject, from the notebook as known now.
///
/// Nothing from a confidential note's words appears: interviews read from confidential notes
/// carry no quotes or commitment text, and their themes only where other notes raise them.
struct Hovers {
  let view: DocumentView

  func hover(_ subject: Subject) -> Hover? {
    let markdown: String?
    switch subject.kind {
    case .contact(let written): markdown = contact(written)
    case .theme(let theme): markdown = self.theme(theme)
    case .owner(let handle): markdown = owner(handle)
    case .date(let day): markdown = date(day)
    case .scale(let name): markdown = scale(name)
    }
    return markdown.map { Hover(markdown: $0, range: subject.range) }
  }

  /// A roster contact: who they are, their scores over time and when we last heard from them.
  private func contact(_ written: String) -> String? {
    guard let contact = view.contact(written) else { return nil }
    var lines = ["**\(contact.name)** · `\(contact.id)`"]
    var role = [contact.title, contact.level].compactMap { $0 }
    if let manager = contact.reportsTo {
      role.append("reports to " + (view.profile.contact(id: manager)?.name ?? manager))
    }
    if !role.isEmpty { lines.append(role.joined(separator: " · ")) }
    if contact.hasLeft { lines.append("Has left \(view.accountName).") }
    let period = ReportPeriod(asOf: view.today, settings: view.settings)
    if let id = view.account, let account = view.notebook.account(id),
      let summary = ContactSummary.summary(
        of: contact.id, in: account, settings: view.settings, period: period)
    {
      lines.append("")
      lines += history(summary, account: account)
    }
    return lines.joined(separator: "\n")
  }

  /// Scores by scale, interviews, last heard, and the latest quote.
  private func history(_ summary: ContactSummary, account: Account) -> [String] {
    var lines: [String] = []
    var scales: [String] = []
    for scale in view.settings.scales {
      let points = summary.scores.filter { $0.scale == scale.name }
      guard !points.isEmpty else { continue }
      let shown = points.suffix(6).map { "\(NumberText.plain($0.value)) (\($0.date))" }
      scales.append(
        "\(scale.name): " + (points.count > 6 ? "… → " : "") + shown.joined(separator: " → "))
    }
    lines.append(scales.isEmpty ? "No scores yet." : "Scores: " + scales.joined(separator: "; "))
    let count = summary.interviewDates.count
    if let last = summary.lastHeard {
      lines.append(
        "\(count) interview\(count == 1 ? "" : "s"); last heard \(last), "
          + DayText.relative(last, to: view.today) + ".")
    } else {
      lines.append("Not interviewed yet.")
    }
    if let present = summary.lastPresent, present > (summary.lastHeard ?? present.adding(days: -1))
    {
      lines.append("Last present (attending or quoted) \(present).")
    }
    let quotes = account.interviews.reversed().lazy.flatMap { interview in
      interview.quotes.filter { $0.speakerID == summary.id }.map { (interview.date, $0) }
    }
    if let (date, quote) = quotes.first {
      lines.append("")
      lines.append(Self.quoted(quote.markdown) + "\n>\n> — \(date)")
    }
    return lines
  }

  /// A theme: its codebook entry and how many notes raise it.
  private func theme(_ written: String) -> String? {
    let settings = view.settings
    let canonical = settings.canonicalTheme(written)
    let definition = settings.themes.first { $0.name == canonical }
    let tally = view.notebook.themes
    let notes = tally.notes[canonical] ?? 0
    // A theme neither in the codebook nor raised where it may be named is not shown at all.
    guard definition != nil || tally.named[canonical] != nil || notes == 0 else { return nil }
    var lines: [String] = []
    if canonical != written {
      lines.append("**#\(written)** is an alias of **#\(canonical)**.")
    } else {
      lines.append("**#\(canonical)**")
    }
    if let definition {
      var entry = "Codebook theme"
      if let group = definition.group { entry += " in group **\(group)**" }
      if !definition.aliases.isEmpty {
        entry += "; aliases: " + definition.aliases.map { "`\($0)`" }.joined(separator: ", ")
      }
      lines.append(entry + ".")
    } else {
      lines.append(
        "Not in the codebook" + (settings.strictThemes ? " (strict_themes is on)." : "."))
    }
    var raised = "Raised in \(notes) note\(notes == 1 ? "" : "s")"
    if let id = view.account, let account = view.notebook.accounts[id] {
      let here = account.interviews.values.filter { $0.themes.contains(canonical) }.count
      raised += ", \(here) of them at \(view.accountName)"
    }
    lines.append(raised + ".")
    return lines.joined(separator: "\n\n")
  }

  /// One of our people and the commitments they still have open.
  private func owner(_ handle: String) -> String? {
    guard let member = view.team.first(where: { $0.handle == handle }) else { return nil }
    let everywhere = view.settings.team.contains { $0.handle == handle }
    var lines = [
      "**@\(member.handle)** · \(member.name)" + (member.role.map { " · \($0)" } ?? ""),
      everywhere ? "On the notebook's team (rapport.yml)." : "On the team of \(view.accountName).",
    ]
    let open = OpenCommitments(notebook: view.notebook, today: view.today)
      .owned(by: handle, accounts: everywhere ? nil : view.account.map { [$0] } ?? [])
    lines.append("")
    if open.isEmpty {
      lines.append("No open commitments.")
    } else {
      lines.append("Open commitments (\(open.count)):")
      for entry in open.prefix(10) { lines.append("- " + entry) }
      if open.count > 10 { lines.append("- … and \(open.count - 10) more") }
    }
    return lines.joined(separator: "\n")
  }

  private func date(_ day: Day) -> String {
    "**\(day)**, a \(DayText.weekday(day)): " + DayText.relative(day, to: view.today) + "."
  }

  private func scale(_ name: String) -> String? {
    guard let scale = view.settings.scale(named: name) else { return nil }
    var text =
      "**\(scale.name)**: a scale from \(NumberText.plain(scale.minimum)) to \(NumberText.plain(scale.maximum))"
    if scale.isNPS { text += "; the Net Promoter scale (promoters 9–10, detractors 0–6)" }
    return text + "."
  }

  /// Markdown as a block quote, shortened to a few hundred characters, with raw HTML shown as
  /// text (as in Markdown reports).
  static func quoted(_ markdown: String) -> String {
    var text = Markdown.sanitized(markdown)
    if text.count > 280 { text = String(text.prefix(279)) + "…" }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
      .joined(separator: "\n")
  }
}
