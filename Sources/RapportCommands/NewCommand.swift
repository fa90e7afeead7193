import ArgumentParser
import Foundation
import RapportNotebook
import RapportRendering
import RapportSystem

/// `rapport new`: start a note or an account from a template.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Start a new interview note or account from a template.",
    subcommands: [NewNoteCommand.self, NewAccountCommand.self])
}

/// Options shared by `new note` and `new account`.
struct NewOptions: ParsableArguments {
  @OptionGroup var location: NotebookFolderOption

  /// The notebook folder, defaulted as for every other command.
  var notebook: String { location.notebook }

  @Option(
    help: "A folder of templates replacing the built-in note.md and profile.md templates.",
    completion: .directory)
  var templates: String?

  func validate() throws {
    guard FileSystem.isDirectory(notebook) else {
      throw ValidationError(
        "no notebook folder at '\(notebook)'. Pass --notebook with the folder that holds the account folders."
      )
    }
  }

  /// The templates, with the notebook's or `--templates` overrides.
  func templateSet() throws -> TemplateSet {
    let folder =
      templates ?? (FileSystem.isDirectory(notebook + "/templates") ? notebook + "/templates" : nil)
    let (set, diagnostics) = TemplateSet.load(overrides: folder, displayFolder: folder)
    DiagnosticReporter(notebook: notebook).print(diagnostics)
    guard let set else { throw ExitCode(1) }
    return set
  }

  /// Who is writing: git's `user.name`, else the login name.
  var interviewer: String {
    if let name = GitInfo.run(["config", "user.name"], in: notebook)?.trimmed, !name.isEmpty {
      return name
    }
    return ProcessInfo.processInfo.environment["USER"] ?? "Your Name"
  }
}

/// `rapport new note ACCOUNT CONTACT`.
struct NewNoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: "Write a new interview note for a contact on an account's roster.",
    discussion: """
      Fills in the date, interviewer (git's user.name), contact, scales from rapport.yml, the usual \
      section headings and a tell-back commitment, then prints the new file's path. Never overwrites.

      Examples:
        rapport new note acme-corp jane-doe
        rapport new note acme-corp "Jane Doe" --date 2026-03-14 --type win-loss
      """)

  @Argument(help: "The account id (its folder name).")
  var account: String

  @Argument(help: "The contact: a roster id or name.")
  var contact: String

  @Option(help: "The interview date, YYYY-MM-DD (default: today).")
  var date: String?

  @Option(help: "The interview type.")
  var type: String = "relationship"

  @OptionGroup var options: NewOptions

  func validate() throws {
    if let date, Day(date) == nil {
      throw ValidationError("--date: \(Day.problem(with: date)).")
    }
  }

  func run() throws {
    let settings = NotebookLoader.settings(root: options.notebook).settings
    guard settings.types.contains(type) else {
      throw failure(
        "error: type `\(type)` is not one of \(settings.types.joined(separator: ", "))"
          + Suggestion.didYouMean(type, among: settings.types))
    }
    let profile = try NewProfileLookup(notebook: options.notebook, settings: settings).profile(
      account)
    guard let person = RosterIndex(profile.contacts).contact(contact) else {
      let candidates = profile.contacts.flatMap { [$0.id, $0.name] }
      let suggestion = Suggestion.closest(to: contact, among: candidates)
      throw failure(
        "error: `\(contact)` is not on the roster of \(account) (\(account)/account.md)"
          + (suggestion.map { "; did you mean `\($0)`? If not, add" } ?? "; add")
          + " them under `contacts:` first")
    }
    let day = date.flatMap { Day($0) } ?? AsOfOption.today
    let interviewer = options.interviewer
    let team = profile.team + settings.team
    let owner =
      team.first { $0.name.lowercased() == interviewer.lowercased() }?.handle ?? team.first?.handle
      ?? "owner"
    let path = "\(options.notebook)/\(account)/\(day)-\(person.id).md"
    guard !FileManager.default.fileExists(atPath: path) else {
      throw failure("error: \(path) already exists; edit it, or pass another --date")
    }
    let text = Scaffold.note(
      templates: try options.templateSet(), settings: settings, contact: person, date: day,
      type: type,
      interviewer: interviewer, owner: owner)
    var copy = text
    try copy.withUTF8 { try ReportWriter.writeFile(path, $0, exclusive: true) }
    Terminal.out(path + "\n")
  }
}

/// `rapport new account ID`.
struct NewAccountCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "account",
    abstract: "Write a new account folder with an account.md skeleton.",
    discussion: """
      Creates ACCOUNT/account.md with the profile fields, you as the account manager and one \
      placeholder contact to replace, then prints its path. Never overwrites.

      Examples:
        rapport new account acme-corp
        rapport new account globex --name "Globex Corporation"
      """)

  @Argument(help: "The account id: lowercase letters, digits and -.")
  var id: String

  @Option(help: "The account's display name (default: from the id).")
  var name: String?

  @OptionGroup var options: NewOptions

  func validate() throws {
    guard Slug.isValid(id) else {
      let fix = Slug.make(from: id)
      throw ValidationError(
        "`\(id)` is not a slug (lowercase letters, digits and -)"
          + (fix.isEmpty ? "." : "; try `\(fix)`."))
    }
  }

  func run() throws {
    let settings = NotebookLoader.settings(root: options.notebook).settings
    let folder = "\(options.notebook)/\(id)"
    let path = folder + "/account.md"
    guard !FileManager.default.fileExists(atPath: path) else {
      throw failure("error: \(path) already exists")
    }
    let person = options.interviewer
    let handle = Slug.make(from: person).split(separator: "-").first.map(String.init) ?? "me"
    let display =
      name
      ?? id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
        separator: " ")
    let text = Scaffold.profile(
      templates: try options.templateSet(), settings: settings, name: display,
      today: AsOfOption.today, person: person,
      handle: handle.isEmpty ? "me" : handle)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var copy = text
    try copy.withUTF8 { try ReportWriter.writeFile(path, $0, exclusive: true) }
    Terminal.out(path + "\n")
  }
}

/// Finds an account's profile for `new note`, with a suggestion when the account does not exist.
struct NewProfileLookup {
  let notebook: String
  let settings: Settings

  func profile(_ account: String) throws -> AccountProfile {
    let folder = notebook + "/" + account
    guard FileSystem.isDirectory(folder) else {
      let accounts = (FileSystem.list(notebook) ?? []).filter {
        $0.isDirectory && Slug.isValid($0.name)
      }.map(\.name)
      let suggestion = Suggestion.closest(to: account, among: accounts)
      throw failure(
        "error: no account `\(account)` in \(notebook)"
          + (suggestion.map { "; did you mean `\($0)`? Or create it" } ?? "; create it")
          + " with `rapport new account \(account)`")
    }
    var buffer: [UInt8] = []
    guard
      case .success = FileSystem.read(
        folder + "/account.md", into: &buffer, maxBytes: settings.limits.maxNoteBytes)
    else {
      throw failure(
        "error: \(folder)/account.md is missing; its roster names the contacts you can interview")
    }
    return buffer.withUnsafeBytes {
      ProfileParser.parse(bytes: $0, file: account + "/account.md", settings: settings).0
    }
  }
}

/// Prints `text` to standard error and gives the error that ends the command with status 1.
func failure(_ text: String) -> Error {
  Terminal.err(text + "\n")
  return ExitCode(1)
}
