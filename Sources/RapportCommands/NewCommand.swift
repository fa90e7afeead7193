import ArgumentParser
import Foundation
import RapportDriver
import RapportNotebook
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

  /// Refuses a notebook folder that is not there.
  func requireNotebook() throws {
    guard FileSystem.isDirectory(notebook) else {
      throw ValidationError(
        "no notebook folder at '\(notebook)'. Pass --notebook with the folder that holds the account folders, or start one with `rapport new account ID`."
      )
    }
  }

  /// Makes the notebook folder when it is not there yet (its parent must be): the first account
  /// starts a notebook. Says whether it made it. The default folder is made only outside any
  /// notebook: run from inside one (an account folder, a folder with `rapport.yml` above it), a
  /// `notebooks` folder made there would be read as notes.
  func makeNotebookIfNeeded() throws -> Bool {
    guard !FileSystem.isDirectory(notebook) else { return false }
    if location.folder == nil, let inside = Self.enclosingNotebook(of: ".") {
      throw ValidationError(
        "no notebook folder at '\(notebook)', and '\(inside)' is inside a notebook already. Run from the folder above it, or pass --notebook."
      )
    }
    do {
      try FileManager.default.createDirectory(
        atPath: notebook, withIntermediateDirectories: false)
    } catch {
      // Another run may have made it meanwhile.
      guard FileSystem.isDirectory(notebook) else {
        throw ValidationError(
          "no notebook folder at '\(notebook)', and it cannot be made there. Pass --notebook with the folder that holds the account folders."
        )
      }
      return false
    }
    Terminal.err("started a notebook in '\(notebook)'\n")
    return true
  }

  /// `folder` or the folder above it nearest to it that holds `account.md` or `rapport.yml`.
  static func enclosingNotebook(of folder: String) -> String? {
    var url = URL(fileURLWithPath: folder).standardizedFileURL
    while true {
      for marker in ["account.md", "rapport.yml"]
      where FileSystem.exists(url.appendingPathComponent(marker).path) {
        return url.path
      }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return nil }
      url = parent
    }
  }

  /// The workspace over the notebook.
  var workspace: Workspace {
    Workspace(
      notebook: notebook,
      options: Workspace.Options(environment: ProcessInfo.processInfo.environment))
  }

  /// Runs a `new` call: prints template warnings and the new file's path, or what went wrong.
  func create(_ body: (Workspace) throws -> NewFile) throws {
    do {
      let file = try driven { try body(workspace) }
      DiagnosticReporter(notebook: notebook).print(file.diagnostics)
      for notice in file.notices { Terminal.err("note: \(notice)\n") }
      Terminal.out(file.path + "\n")
    } catch let problems as TemplateProblems {
      DiagnosticReporter(notebook: notebook).print(problems.diagnostics)
      throw ExitCode(1)
    }
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

  @Argument(help: "The account id (its folder name).", completion: .custom(Completions.accounts))
  var account: String

  @Argument(help: "The contact: a roster id or name.", completion: .custom(Completions.contacts))
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
    try options.requireNotebook()
    try options.create {
      try $0.newNote(
        account: account, contact: contact, date: date.flatMap { Day($0) } ?? AsOfOption.today,
        type: type, interviewer: $0.interviewer, templates: options.templates)
    }
  }
}

/// `rapport new account ID`.
struct NewAccountCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "account",
    abstract: "Write a new account folder with an account.md skeleton.",
    discussion: """
      Creates ACCOUNT/account.md with the profile fields, you as the account manager and one \
      placeholder contact to replace, then prints its path. Never overwrites. Makes the notebook \
      folder too when it is not there yet: the first account starts a notebook.

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
    let made = try options.makeNotebookIfNeeded()
    do {
      try options.create {
        try $0.newAccount(
          id: id, name: name, today: AsOfOption.today, person: $0.interviewer,
          templates: options.templates)
      }
      Terminal.err(
        "next: list the account's people under `contacts:` in its account.md, then write a note with `rapport new note \(id) CONTACT`\n"
      )
    } catch {
      // Nothing was written into it: the notebook is not started after all.
      if made { try? FileManager.default.removeItem(atPath: options.notebook) }
      throw error
    }
  }
}

/// Shell completions from the notebook in the current folder (or the one `--notebook` names).
enum Completions {
  /// Account ids for `new note ACCOUNT`.
  @Sendable static func accounts(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    workspace(words).accountIDs().filter { $0.hasPrefix(prefix) }
  }

  /// Contact ids of the account typed before, for `new note ACCOUNT CONTACT`.
  @Sendable static func contacts(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    guard let note = words.firstIndex(of: "note") else { return [] }
    // The first word after `note` that is neither an option nor an option's value.
    var account: String? = nil
    var index = note + 1
    while index < words.count {
      let word = words[index]
      if ["--notebook", "--date", "--type", "--templates"].contains(word) {
        index += 2
        continue
      }
      if !word.hasPrefix("-") {
        account = word
        break
      }
      index += 1
    }
    guard let account else { return [] }
    return workspace(words).contactIDs(account: account).filter { $0.hasPrefix(prefix) }
  }

  /// The workspace over `--notebook` if typed, else the default notebook.
  static func workspace(_ words: [String]) -> Workspace {
    var notebook = NotebookOptions.defaultNotebook
    if let flag = words.firstIndex(of: "--notebook"), flag + 1 < words.count {
      notebook = words[flag + 1]
    }
    return Workspace(notebook: notebook)
  }
}
