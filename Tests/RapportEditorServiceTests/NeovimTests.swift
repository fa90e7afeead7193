import Foundation
import RapportTestSupport
import Testing

/// `rapport lsp` in a real editor: Neovim, headless, with the client it ships since 0.7.
@Suite struct NeovimTests {
  /// The `nvim` on the search path, if any.
  static let nvim: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
    .split(separator: ":").map { $0 + "/nvim" }
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(.enabled(if: nvim != nil, "needs Neovim: apt-get install neovim"))
  func neovimShowsDiagnosticsAndAppliesTheFix() throws {
    let notebook = try Sample.notebook()
    let out = notebook.root + "/.neovim-result"
    let script = RepositoryPaths.root.appendingPathComponent(
      "Tests/Fixtures/neovim/diagnostics.lua")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.nvim!)
    process.arguments = ["--headless", "--clean", "-u", "NONE", "-c", "luafile \(script.path)"]
    var environment = ProcessInfo.processInfo.environment
    environment["RAPPORT_BIN"] = RapportProcess.executable.path
    environment["RAPPORT_NOTEBOOK"] = notebook.root
    environment["RAPPORT_NOTE"] = notebook.root + "/" + Sample.notePath
    environment["RAPPORT_OUT"] = out
    environment["RAPPORT_CACHE_DIR"] = notebook.root + "/.cache"
    environment["RAPPORT_TODAY"] = "2026-11-20"
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // A guard against a hung editor, not a measurement.
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()

    let seen = try String(contentsOfFile: out, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    #expect(
      seen == [
        "diagnostic 3:9-3:16 note.contact.misspelled contact `jane-do` is not on the roster of Acme Corporation; did you mean `jane-doe`? (add them to the roster if they are someone else)",
        "action Change `jane-do` to `jane-doe`",
        "line contact: jane-doe",
        "cleared",
        "status ok",
      ])
  }
}
