import Foundation
import RapportTestSupport
import Synchronization
import Testing

/// `report --watch`: rebuilds after each save, keeps the last good reports, survives the
/// notebook going away, and stops on an interrupt.
extension WorkflowTests {
  @Test(arguments: ["inotify", "poll"])
  func watchRebuildsAfterEditsAndStopsOnInterrupt(mode: String) throws {
    let folder = try TemporaryNotebook([:])
    try folder.copySample()
    let process = Process()
    process.executableURL = RapportProcess.executable
    process.arguments = ["report", "--watch", "--as-of", "2026-11-20", "--no-cache"]
    process.currentDirectoryURL = URL(fileURLWithPath: folder.root)
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["RAPPORT_WATCH"] = mode
    process.environment = environment
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    let log = Mutex("")
    errors.fileHandleForReading.readabilityHandler = { handle in
      let text = String(decoding: handle.availableData, as: UTF8.self)
      log.withLock { $0 += text }
    }
    try process.run()
    // A failed step throws out of the test: the watcher must not outlive it.
    defer { if process.isRunning { process.terminate() } }
    let index = folder.root + "/reports/index.md"
    /// Waits (generously) until `condition` holds.
    func eventually(_ condition: () -> Bool) -> Bool {
      let deadline = Date().addingTimeInterval(60)
      while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.1)
      }
      return false
    }
    #expect(eventually { FileManager.default.fileExists(atPath: index) })
    let before = try String(contentsOfFile: index, encoding: .utf8)
    try folder.write(
      "notebooks/fernwood-foods/2026-11-19-rob-finch.md",
      "---\ndate: 2026-11-19\ninterviewer: Hannah Ruiz\ncontact: rob-finch\nscores: { nps: 0 }\n---\nCalled back.\n"
    )
    #expect(
      eventually {
        (try? String(contentsOfFile: index, encoding: .utf8)).map { $0 != before } ?? false
      })
    let rebuilt = try String(contentsOfFile: index, encoding: .utf8)
    // A half-written note: diagnostics, and the last good reports stay.
    try folder.write("notebooks/fernwood-foods/2026-11-20-half.md", "---\ndate: 2026-11-20\ninterv")
    #expect(eventually { log.withLock { $0.contains("left as they were") } })
    #expect(try String(contentsOfFile: index, encoding: .utf8) == rebuilt)
    // The notebook vanishes (deleted, or mid-checkout): the reports stay; when it is back, saves
    // are noticed again.
    try FileManager.default.removeItem(atPath: folder.root + "/notebooks")
    #expect(eventually { log.withLock { $0.contains("notebooks is gone") } })
    #expect(try String(contentsOfFile: index, encoding: .utf8) == rebuilt)
    try folder.copySample()
    try folder.write(
      "notebooks/fernwood-foods/2026-11-18-rob-finch.md",
      "---\ndate: 2026-11-18\ninterviewer: Hannah Ruiz\ncontact: rob-finch\n---\nBack.\n")
    #expect(
      eventually {
        (try? String(contentsOfFile: index, encoding: .utf8))?.contains("49 interview notes")
          ?? false
      })
    process.interrupt()
    process.waitUntilExit()
    #expect(eventually { log.withLock { $0.contains("stopped watching") } })
    errors.fileHandleForReading.readabilityHandler = nil
    let text = log.withLock { $0 }
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("2026-11-20-half.md:1:1: error:"))
  }
}
