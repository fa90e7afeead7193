import RapportDriver
import RapportNotebook
import RapportSystem

/// What the service knows of one notebook: its files as on disk, except that the text of a file
/// open in the editor stands in for the file while it is open.
struct NotebookState: Sendable {
  /// The notebook folder, absolute.
  let root: String
  var settings: Settings
  var accounts: [String: AccountState]
  /// What the last full load reported, by notebook-relative path (`x/` for a folder), for files
  /// the service does not read again itself.
  var loadDiagnostics: [String: [Diagnostic]]
  var themes: ThemeTally

  /// One account: its profile and its usable interviews.
  struct AccountState: Sendable {
    var profile = AccountProfile()
    /// Interviews without errors, by notebook-relative path.
    var interviews: [String: Interview] = [:]
  }

  /// Loads the notebook at `root` from disk, through the cache of earlier runs.
  static func load(root: String, options: Workspace.Options) -> NotebookState {
    let notebook = Workspace(notebook: root, options: options).load().notebook
    var accounts: [String: AccountState] = [:]
    for account in notebook.accounts {
      accounts[account.id] = AccountState(
        profile: account.profile,
        interviews: Dictionary(
          account.interviews.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first }))
    }
    return NotebookState(
      root: root, settings: notebook.settings, accounts: accounts,
      loadDiagnostics: Dictionary(grouping: notebook.diagnostics, by: \.file),
      themes: ThemeTally(notebook.accounts.lazy.flatMap(\.interviews)))
  }

  /// The absolute path of a notebook-relative one.
  func path(of relative: String) -> String {
    root == "/" ? "/" + relative : root + "/" + relative
  }

  /// What a note of `account` is read against.
  func context(account: String) -> NoteContext {
    NoteContext(settings: settings, profile: accounts[account]?.profile ?? AccountProfile())
  }

  /// The account with its interviews in report order (oldest first), as analysis takes it.
  func account(_ id: String) -> Account? {
    guard let state = accounts[id] else { return nil }
    let interviews = state.interviews.values.sorted { ($0.date, $0.file) < ($1.date, $1.file) }
    return Account(id: id, profile: state.profile, interviews: interviews)
  }

  /// Every usable interview of the notebook, in no particular order.
  var interviews: some Sequence<Interview> { accounts.values.lazy.flatMap(\.interviews.values) }

  /// Puts the note at `relative` in `account` as `interview` (nil: it has errors or is gone).
  mutating func setNote(_ relative: String, account: String, to interview: Interview?) {
    let old = accounts[account]?.interviews[relative]
    if let old { themes.remove(old) }
    guard let interview = interview.map(themes.opened) else {
      accounts[account]?.interviews[relative] = nil
      return
    }
    themes.add(interview)
    accounts[account, default: AccountState()].interviews[relative] = interview
  }

  /// Reads the note at `relative` with `text` (the editor's) or from disk, and keeps it.
  mutating func readNote(_ relative: String, account: String, text: String? = nil) {
    // A note in an account folder made since the load: its profile is read first.
    if accounts[account] == nil { readProfile(account: account) }
    let bytes = text.map { Array($0.utf8) } ?? readFile(relative)
    guard let bytes else { return setNote(relative, account: account, to: nil) }
    let checked = checkNote(bytes, relative: relative, account: account)
    setNote(relative, account: account, to: checked.interview)
  }

  /// A note's bytes checked as `check` checks them, against its account as known now.
  func checkNote(_ bytes: [UInt8], relative: String, account: String) -> CheckedNote {
    let parsed = bytes.withUnsafeBytes {
      NoteParser.parse(bytes: $0, file: relative, limits: settings.limits)
    }
    return CheckedNote(parsed, in: context(account: account))
  }

  /// Reads `account`'s profile from `text` (the editor's) or from disk, and keeps it.
  mutating func readProfile(account: String, text: String? = nil) {
    let relative = account + "/account.md"
    let profile = (text.map { Array($0.utf8) } ?? readFile(relative)).map {
      parseProfile($0, relative: relative).profile
    }
    accounts[account, default: AccountState()].profile = profile ?? AccountProfile()
  }

  /// A profile's bytes as the loader reads them, with its diagnostics.
  func parseProfile(
    _ bytes: [UInt8], relative: String
  ) -> (profile: AccountProfile, diagnostics: [Diagnostic]) {
    let (profile, diagnostics) = bytes.withUnsafeBytes {
      ProfileParser.parse(bytes: $0, file: relative, settings: settings)
    }
    return (profile, diagnostics)
  }

  /// Takes `text` (the editor's) as the settings, reading every profile that is not open again
  /// when they change what a profile means; `open` lists the accounts whose profile is open.
  mutating func readSettings(text: String, openProfiles open: Set<String>) {
    let parsed = Self.parseSettings(Array(text.utf8)).settings
    guard parsed != settings else { return }
    settings = parsed
    for account in accounts.keys where !open.contains(account) { readProfile(account: account) }
  }

  /// `rapport.yml`'s bytes as the loader reads them, with their diagnostics.
  static func parseSettings(_ bytes: [UInt8]) -> (settings: Settings, diagnostics: [Diagnostic]) {
    let source = bytes.withUnsafeBytes { SourceText(bytes: $0, file: "rapport.yml") }
    guard let text = source.text else { return (Settings(), source.diagnostics) }
    let (settings, found) = SettingsParser.parse(text, file: "rapport.yml")
    return (settings, source.diagnostics + found)
  }

  /// The bytes of the notebook file at `relative`, or nil when it cannot be read.
  func readFile(_ relative: String) -> [UInt8]? {
    var buffer: [UInt8] = []
    let read = FileSystem.read(path(of: relative), into: &buffer, maxBytes: Int.max - 1)
    guard case .success = read else { return nil }
    return buffer
  }
}
