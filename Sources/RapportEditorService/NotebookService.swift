import RapportDriver
import RapportLanguageServer
import RapportNotebook
import RapportSystem
import Synchronization

/// The notebook side of `rapport lsp`: diagnostics, fixes, completion, hover, definitions and
/// outlines for interview notes, account profiles and `rapport.yml`, from the editor's text.
///
/// It loads each notebook once (through the cache of earlier runs) and then keeps it current file
/// by file, as the editor changes documents and the disk changes under it. Events run one at a
/// time; requests read a snapshot of the state, so a slow event never holds one up.
public final class NotebookService: LanguageService {
  /// How the service reads notebooks.
  public struct Options: Sendable {
    /// Threads a first load reads with.
    public var jobs: Int
    /// Whether loads use and refresh the cache of earlier runs.
    public var usesCache: Bool
    /// The environment: the cache's folder (`RAPPORT_CACHE_DIR`, `XDG_CACHE_HOME`, `HOME`) and
    /// `RAPPORT_TODAY` (YYYY-MM-DD), which fixes today's date for tests.
    public var environment: [String: String]
    /// The notebook to serve whatever the editor's folders are; nil to find it from them and
    /// from the files opened.
    public var notebook: String?

    public init(
      jobs: Int = ProcessorCount.available, usesCache: Bool = true,
      environment: [String: String] = [:], notebook: String? = nil
    ) {
      self.jobs = max(1, jobs)
      self.usesCache = usesCache
      self.environment = environment
      self.notebook = notebook.map { Paths.resolved($0) }
    }
  }

  let options: Options
  let state = Mutex(ServiceState())

  public init(options: Options = Options()) {
    self.options = options
  }

  public var features: ServiceFeatures {
    ServiceFeatures(
      completionTriggerCharacters: ["@", "#", ":"],
      watchedFiles: ["**/*.md", "**/rapport.yml"])
  }

  /// Today, for dates offered and ages shown.
  var today: Day { Today.date(environment: options.environment) }

  /// The workspace options a load uses.
  var loadOptions: Workspace.Options {
    Workspace.Options(
      jobs: options.jobs, usesCache: options.usesCache, environment: options.environment)
  }

  public func start(workspaceFolders: [WorkspaceFolder]) {
    let roots =
      options.notebook.map { [$0] }
      ?? workspaceFolders.compactMap { NotebookLocator.root(ofFolder: $0.path) }
    for root in roots { _ = notebook(at: root) }
  }

  /// Where the file at `path` sits, or nil when it is in no notebook.
  func place(of path: String) -> DocumentPlace? {
    let root: String?
    if let fixed = options.notebook {
      root = fixed
    } else {
      // A notebook already loaded that holds the file wins over looking at the disk again.
      let loaded = state.withLock { Array($0.notebooks.keys) }
      root =
        loaded.filter { NotebookLocator.relative(path, to: $0) != nil }.max { $0.count < $1.count }
        ?? NotebookLocator.root(ofFile: path)
    }
    guard let root, let relative = NotebookLocator.relative(path, to: root) else { return nil }
    return DocumentPlace(root: root, relative: relative, file: NotebookFile(relativePath: relative))
  }

  /// The notebook at `root`, loaded from disk (with the open documents' text in place) when it
  /// is not yet.
  func notebook(at root: String) -> NotebookState {
    if let loaded = state.withLock({ $0.notebooks[root] }) { return loaded }
    return reload(root)
  }

  /// Loads the notebook at `root` from disk again and puts the open documents' text back in.
  @discardableResult
  func reload(_ root: String) -> NotebookState {
    var notebook = NotebookState.load(root: root, options: loadOptions)
    let open = state.withLock { $0.documents(in: root) }
    Self.apply(open, to: &notebook)
    state.withLock { $0.notebooks[root] = notebook }
    return notebook
  }

  /// Puts documents' text in a notebook: settings first, then profiles, then notes, since each
  /// is read against the ones before.
  static func apply(_ documents: [OpenDocument], to notebook: inout NotebookState) {
    let profiles = Set(
      documents.compactMap { document -> String? in
        if case .profile(let account) = document.place.file { return account }
        return nil
      })
    for document in documents where document.place.file == .settings {
      notebook.readSettings(text: document.text, openProfiles: profiles)
    }
    for document in documents {
      if case .profile(let account) = document.place.file {
        notebook.readProfile(account: account, text: document.text)
      }
    }
    for document in documents {
      if case .note(let account) = document.place.file {
        notebook.readNote(document.place.relative, account: account, text: document.text)
      }
    }
  }
}
