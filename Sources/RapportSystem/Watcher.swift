import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Calls a rebuild whenever files under some folders change: inotify, or polling once a second
/// when inotify cannot start (or `RAPPORT_WATCH=poll` asks for it).
///
/// Changes are debounced (a burst of saves makes one rebuild); Ctrl-C ends the loop cleanly.
public struct Watcher {
  public let folders: [String]
  /// Quiet time after the last change before rebuilding (milliseconds).
  public var debounce: Int32 = 200

  public init(folders: [String]) { self.folders = folders }

  /// Runs `rebuild` once now, then after every burst of changes, until interrupted.
  public func run(_ rebuild: () -> Void) throws {
    Termination.listening { watch(rebuild) }
  }

  private func watch(_ rebuild: () -> Void) {
    let polling = ProcessInfo.processInfo.environment["RAPPORT_WATCH"] == "poll"
    let notify = polling ? -1 : inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    if notify < 0 {
      pollLoop(rebuild)
      return
    }
    defer { close(notify) }
    // Watch before the first build, so a save during it is not missed.
    addWatches(notify)
    rebuild()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    var missing = rootsMissing
    while !Termination.requested {
      // A watched root that is gone (deleted, or replaced as `git checkout` may do) cannot report
      // its return: look for it once a second, and rebuild with fresh watches when it is back.
      guard wait(for: notify, timeout: missing ? 1000 : -1) else {
        if missing && !rootsMissing {
          missing = false
          addWatches(notify)
          rebuild()
        }
        continue
      }
      // Drain this burst: keep reading until the folders are quiet for the debounce time.
      repeat {
        _ = buffer.withUnsafeMutableBytes { read(notify, $0.baseAddress, $0.count) }
      } while !Termination.requested && wait(for: notify, timeout: debounce)
      if Termination.requested { break }
      addWatches(notify)
      missing = rootsMissing
      rebuild()
    }
  }

  /// Whether any watched root folder is missing.
  private var rootsMissing: Bool { folders.contains { !FileSystem.isDirectory($0) } }

  /// Waits until `descriptor` is readable (true), the timeout passes or Ctrl-C arrives (false).
  private func wait(for descriptor: Int32, timeout: Int32) -> Bool {
    var fds = [
      pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
      pollfd(fd: Termination.wakeDescriptor, events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&fds, 2, timeout)
    return ready > 0 && fds[0].revents & Int16(POLLIN) != 0 && fds[1].revents == 0
  }

  /// Watches every folder below the roots, again before each rebuild: new folders are picked up,
  /// and a folder deleted and recreated (as `git checkout` does) gets a fresh watch.
  private func addWatches(_ notify: Int32) {
    let mask = UInt32(
      IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
    for folder in allFolders() { _ = inotify_add_watch(notify, folder, mask) }
  }

  private func allFolders() -> [String] {
    var result: [String] = []
    for root in folders {
      result.append(root)
      guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
      while let path = walker.nextObject() as? String {
        if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory),
          isDirectory.boolValue
        {
          result.append(root + "/" + path)
        }
      }
    }
    return result
  }

  /// Without inotify: compare the files' fingerprints once a second.
  private func pollLoop(_ rebuild: () -> Void) {
    var last = snapshot()
    rebuild()
    while !Termination.requested {
      var fds = [pollfd(fd: Termination.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
      _ = poll(&fds, 1, 1000)
      let now = snapshot()
      if now != last && !Termination.requested {
        last = now
        rebuild()
      }
    }
  }

  private func snapshot() -> [String: FileFingerprintSummary] {
    var result: [String: FileFingerprintSummary] = [:]
    for root in folders {
      guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
      while let path = walker.nextObject() as? String {
        var info = stat()
        if stat(root + "/" + path, &info) == 0 {
          result[path] = FileFingerprintSummary(
            size: Int(info.st_size),
            modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec)
        }
      }
    }
    return result
  }

  /// The local time of day, for rebuild lines.
  public static func clock() -> String {
    let parts = Calendar.current.dateComponents([.hour, .minute, .second], from: Date())
    return String(format: "%02d:%02d:%02d", parts.hour!, parts.minute!, parts.second!)
  }
}

/// Size and modification time, enough to notice an edit when polling.
private struct FileFingerprintSummary: Equatable {
  let size: Int
  let modified: Int
}
