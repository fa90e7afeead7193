/// A loaded notebook: settings, accounts with their valid interviews, and every diagnostic.
public struct Notebook: Sendable {
  public var settings: Settings
  /// Accounts sorted by id.
  public var accounts: [Account]
  /// All diagnostics, sorted by file and position.
  public var diagnostics: [Diagnostic]
  /// Number of interview note files found.
  public var noteCount: Int
  /// Paths of notes left out of reports (errors, or nothing written yet), sorted.
  public var skippedNotes: [String]
  /// How many of those each account holds, by account id (accounts with none are absent).
  public var skippedByAccount: [String: Int] = [:]
  /// Paths of notes that are (or, while their front matter does not read, are treated as)
  /// confidential: their paths and words appear in no output.
  public var confidentialFiles: Set<String> = []

  public init(
    settings: Settings, accounts: [Account], diagnostics: [Diagnostic], noteCount: Int,
    skippedNotes: [String]
  ) {
    self.settings = settings
    self.accounts = accounts
    self.diagnostics = diagnostics
    self.noteCount = noteCount
    self.skippedNotes = skippedNotes
  }

  /// The account with this id.
  public func account(id: String) -> Account? { accounts.first { $0.id == id } }
}
