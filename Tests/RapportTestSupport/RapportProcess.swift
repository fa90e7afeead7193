import Foundation

/// Runs the built `rapport` executable as a user would, capturing what it prints.
public struct RapportProcess {
  /// What a run printed and how it ended.
  public struct Output {
    public var stdout: String
    public var stderr: String
    /// The exit status, or 128 plus the signal that ended the process (as a shell reports it).
    public var status: Int32
    /// Whether the run was killed for passing its timeout.
    public var timedOut = false
  }

  /// The `rapport` binary next to the test bundle (both are build products of one build).
  public static let executable: URL = {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [products, products.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("rapport")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return RepositoryPaths.root.appendingPathComponent(".build/debug/rapport")
  }()

  /// The day runs take as today (`RAPPORT_TODAY`) unless a test names another: after every date
  /// in the sample notebook and the test notes, so no run depends on the real date.
  public static let today = "2026-11-26"

  /// Runs `rapport arguments…` in `directory` with extra environment variables (an empty value
  /// removes a variable).
  ///
  /// With `timeout` (seconds), a run still going then is killed and marked `timedOut`: a guard
  /// against hangs, not a timing assertion.
  public static func run(
    _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
    timeout: Double? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var merged = ProcessInfo.processInfo.environment
    merged["NO_COLOR"] = "1"
    merged["RAPPORT_TODAY"] = merged["RAPPORT_TODAY"] ?? today
    merged["RAPPORT_CACHE_DIR"] =
      merged["RAPPORT_CACHE_DIR"] ?? NSTemporaryDirectory() + "rapport-test-cache"
    for (key, value) in environment { merged[key] = value.isEmpty ? nil : value }
    process.environment = merged
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    nonisolated(unsafe) var timedOut = false
    let watchdog = DispatchWorkItem {
      if process.isRunning {
        timedOut = true
        process.terminate()
      }
    }
    if let timeout {
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    }
    // Drain both pipes while the process runs so a large output cannot block it.
    let group = DispatchGroup()
    nonisolated(unsafe) var stdoutData = Data()
    nonisolated(unsafe) var stderrData = Data()
    group.enter()
    DispatchQueue.global().async {
      stdoutData = out.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    stderrData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    watchdog.cancel()
    let signalled = process.terminationReason == .uncaughtSignal
    return Output(
      stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self),
      status: signalled ? 128 + process.terminationStatus : process.terminationStatus,
      timedOut: timedOut)
  }
}
