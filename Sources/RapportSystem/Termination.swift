import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// What happens on SIGINT, SIGTERM and SIGHUP: registered temporary paths are removed, then the
/// process exits with 128 plus the signal; a long-running loop may ask to be woken instead.
///
/// The C handler only writes the signal number to a pipe; a thread of its own does the cleanup,
/// outside signal context.
public enum Termination {
  /// Signals that end a run.
  public static let signals = [SIGINT, SIGTERM, SIGHUP]

  private struct State {
    var paths: [Int: String] = [:]
    var nextToken = 0
    /// Loops that stop gracefully on a signal (`report --watch`).
    var listeners = 0
  }
  private static let state = Mutex(State())
  nonisolated(unsafe) private static var signalPipe: (read: Int32, write: Int32) = (-1, -1)
  nonisolated(unsafe) private static var wakePipe: (read: Int32, write: Int32) = (-1, -1)
  nonisolated(unsafe) private static var flag: sig_atomic_t = 0
  private static let installed = Mutex(false)

  /// Whether a terminating signal arrived while a loop was listening.
  public static var requested: Bool { flag != 0 }

  /// A descriptor that becomes readable when a listened-for signal arrives (for `poll`).
  public static var wakeDescriptor: Int32 { wakePipe.read }

  /// Installs the handlers (once).
  public static func install() {
    let first = installed.withLock { done -> Bool in
      defer { done = true }
      return !done
    }
    guard first else { return }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return }
    signalPipe = (fds[0], fds[1])
    _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
    guard pipe(&fds) == 0 else { return }
    wakePipe = (fds[0], fds[1])
    _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
    for descriptor in [signalPipe.read, signalPipe.write, wakePipe.read, wakePipe.write] {
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }
    let thread = Thread { watch() }
    thread.name = "rapport-signals"
    thread.start()
    let handler: @convention(c) (Int32) -> Void = { number in
      var byte = UInt8(truncatingIfNeeded: number)
      _ = write(Termination.signalPipe.write, &byte, 1)
    }
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for number in signals {
      signal(number, handler)
      sigaddset(&unblock, number)
    }
    // A parent may have started us with these signals blocked; Ctrl-C must still reach us.
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }

  /// Removes `path` (recursively) if the run is killed before `unregister` is called.
  public static func register(_ path: String) -> Int {
    install()
    return state.withLock { state in
      state.nextToken += 1
      state.paths[state.nextToken] = path
      return state.nextToken
    }
  }

  /// Forgets a path registered for removal.
  public static func unregister(_ token: Int) {
    _ = state.withLock { $0.paths.removeValue(forKey: token) }
  }

  /// Runs `body` with signals waking it (through `requested` and `wakeDescriptor`) instead of ending
  /// the process; a second signal still ends it.
  public static func listening<T>(_ body: () throws -> T) rethrows -> T {
    install()
    state.withLock { $0.listeners += 1 }
    defer { state.withLock { $0.listeners -= 1 } }
    return try body()
  }

  private static func watch() {
    while true {
      var byte: UInt8 = 0
      let count = read(signalPipe.read, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      let (listening, paths) = state.withLock { ($0.listeners > 0, Array($0.paths.values)) }
      if listening && flag == 0 {
        flag = 1
        var wake: UInt8 = 1
        _ = write(wakePipe.write, &wake, 1)
        continue
      }
      for path in paths { try? FileManager.default.removeItem(atPath: path) }
      _exit(128 + Int32(byte))
    }
  }
}
