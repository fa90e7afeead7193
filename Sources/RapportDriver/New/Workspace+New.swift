import Foundation
import RapportAnalysis
import RapportNotebook
import RapportRendering
import RapportSystem

/// Templates that do not compile: their diagnostics, for the user.
public struct TemplateProblems: Error {
  public let diagnostics: [Diagnostic]
}

/// A file `new` wrote, and what the templates said on the way (warnings only).
public struct NewFile: Sendable {
  public var path: String
  public var diagnostics: [Diagnostic]
  /// What the user should know about the file written, one sentence each.
  public var notices: [String] = []
}

extension Workspace {
  /// Writes a new interview note with `contact` (a roster id or name) of `account`, never over an
  /// existing file.
  public func newNote(
    account: String, contact: String, date: Day, type: String, interviewer: String,
    templates: String?
  ) throws -> NewFile {
    let settings = self.settings.settings
    guard settings.types.contains(type) else {
      throw DriverError(
        "type `\(type)` is not one of \(settings.types.joined(separator: ", "))"
          + Suggestion.didYouMean(type, among: settings.types))
    }
    let profile = try profile(of: account, settings: settings)
    guard let person = RosterIndex(profile.contacts).contact(contact) else {
      let candidates = profile.contacts.flatMap { [$0.id, $0.name] }
      let suggestion = Suggestion.closest(to: contact, among: candidates)
      throw DriverError(
        "`\(contact)` is not on the roster of \(account) (\(account)/account.md)"
          + (suggestion.map { "; did you mean `\($0)`? If not, add" } ?? "; add")
          + " them under `contacts:` first")
    }
    let team = profile.team + settings.team
    let owner =
      team.first { $0.name.lowercased() == interviewer.lowercased() }?.handle ?? team.first?.handle
      ?? "owner"
    let path = "\(notebook)/\(account)/\(date)-\(person.id).md"
    guard !FileManager.default.fileExists(atPath: path) else {
      throw DriverError("\(path) already exists; edit it, or pass another --date")
    }
    let (set, diagnostics) = try templateSet(templates)
    let cohort = QuestionCohort(
      status: profile.status, tenure: Tenure(since: profile.since, asOf: date))
    let questions = QuestionBank(replacements: settings.questions)
    let text = Scaffold.note(
      templates: set, settings: settings, contact: person, date: date, type: type,
      interviewer: interviewer, owner: owner,
      question: person.hasLeft
        ? questions.left
        : plannedQuestion(account: account, contact: person.id, asOf: date)
          ?? questions.question(for: cohort))
    try create(path, text)
    var file = NewFile(path: path, diagnostics: diagnostics)
    if person.hasLeft {
      // Someone who has left can still be interviewed (why they left is worth hearing), so this
      // is said, not refused.
      file.notices.append(
        "\(person.name) is marked `status: left` in \(account)/account.md; if they are back, "
          + "set it to `active`")
    }
    return file
  }

  /// The question `plan` gives for talking to `contact` of `account` on `asOf` (a detractor
  /// waiting on a promise is asked about it), so the note and the plan agree; nil when the plan
  /// does not name them.
  func plannedQuestion(account: String, contact: String, asOf: Day) -> String? {
    let notebook = load().notebook
    guard let found = notebook.account(id: account) else { return nil }
    let report = AccountAnalysis.report(
      found, settings: notebook.settings,
      period: ReportPeriod(asOf: asOf, settings: notebook.settings))
    return report.conversations.first { $0.contactID == contact }?.question
  }

  /// Writes `ID/account.md` for a new account, never over an existing file.
  public func newAccount(
    id: String, name: String?, today: Day, person: String, templates: String?
  ) throws -> NewFile {
    let settings = self.settings.settings
    let folder = "\(notebook)/\(id)"
    let path = folder + "/account.md"
    guard !FileManager.default.fileExists(atPath: path) else {
      throw DriverError("\(path) already exists")
    }
    let handle = Slug.make(from: person).split(separator: "-").first.map(String.init) ?? ""
    let display =
      name
      ?? id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
        separator: " ")
    let (set, diagnostics) = try templateSet(templates)
    let text = Scaffold.profile(
      templates: set, settings: settings, name: display, today: today, person: person,
      handle: handle.isEmpty ? "me" : handle)
    do { try FileSystem.makeFolders(folder) } catch {
      throw DriverError("cannot create \(folder): \(error.reason)")
    }
    try create(path, text)
    return NewFile(path: path, diagnostics: diagnostics)
  }

  /// Who is writing: git's `user.name`, else the login name.
  public var interviewer: String {
    if let name = GitInfo.run(["config", "user.name"], in: notebook)?.trimmed, !name.isEmpty {
      return name
    }
    return options.environment["USER"] ?? "Your Name"
  }

  /// The parsed templates (built-in, replaced from `folder` or the notebook's own folder).
  private func templateSet(_ folder: String?) throws -> (TemplateSet, [Diagnostic]) {
    let (set, diagnostics) = TemplateFolder.sources(folder: folder, notebook: notebook).parse()
    guard let set else { throw TemplateProblems(diagnostics: diagnostics) }
    return (set, diagnostics)
  }

  /// An account's profile, with a suggestion when the account does not exist.
  private func profile(of account: String, settings: Settings) throws -> AccountProfile {
    let folder = notebook + "/" + account
    // An account is a folder of the notebook the loader reads, named: never a path out of it
    // (`..`, `a/../..`), a reserved folder, or a link that leads elsewhere.
    guard Slug.isValid(account), !NotebookLayout.reservedFolders.contains(account),
      !FileSystem.exists(folder) || Paths.isInside(folder, notebook)
    else {
      throw DriverError(
        "`\(account)` is not an account: name one of the notebook's account folders", isUsage: true)
    }
    guard FileSystem.isDirectory(folder) else {
      let accounts = (FileSystem.list(notebook) ?? []).filter {
        $0.isDirectory && Slug.isValid($0.name)
      }.map(\.name)
      let suggestion = Suggestion.closest(to: account, among: accounts)
      throw DriverError(
        "no account `\(account)` in \(notebook)"
          + (suggestion.map { "; did you mean `\($0)`? Or create it" } ?? "; create it")
          + " with `rapport new account \(account)`", isUsage: true)
    }
    var buffer: [UInt8] = []
    guard
      case .success = FileSystem.read(
        folder + "/account.md", into: &buffer, maxBytes: settings.limits.maxNoteBytes)
    else {
      throw DriverError(
        "\(folder)/account.md is missing; its roster names the contacts you can interview")
    }
    return buffer.withUnsafeBytes {
      ProfileParser.parse(bytes: $0, file: account + "/account.md", settings: settings).0
    }
  }

  private func create(_ path: String, _ text: String) throws {
    do { try FileSystem.write(path, text: text, exclusive: true) } catch {
      throw DriverError(error.description)
    }
  }
}
