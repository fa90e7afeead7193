import Dispatch
import Glibc

/// Runs a program found on `PATH` with `posix_spawn`, capturing its standard output.
///
/// Foundation's `Process` costs tens of milliseconds per start here; a report states the notebook's
/// git commit on every run, so that cost would dominate a run with nothing to do.
public enum Subprocess {
  /// `arguments[0]` run in `folder` with `input` on its standard input (else /dev/null) and
  /// standard error discarded: its exit status (128 + signal when killed) and output, or nil when
  /// it cannot start.
  public static func run(
    _ arguments: [String], in folder: String, input: [UInt8]? = nil
  ) -> (status: Int32, output: [UInt8])? {
    guard !arguments.isEmpty else { return nil }
    var output: [Int32] = [-1, -1]
    var feed: [Int32] = [-1, -1]
    guard openPipe(&output) else { return nil }
    if input != nil, !openPipe(&feed) {
      close(output[0])
      close(output[1])
      return nil
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    if input != nil {
      posix_spawn_file_actions_adddup2(&actions, feed[0], 0)
    } else {
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    }
    // `env -C` changes folder and then execs the program: no shell, and no extra process.
    let argv = (["env", "-C", folder] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let started = posix_spawnp(&pid, "env", &actions, nil, argv, environ)
    close(output[1])
    if input != nil { close(feed[0]) }
    guard started == 0 else {
      close(output[0])
      if input != nil { close(feed[1]) }
      return nil
    }
    // Feed the input from another thread, so a child that writes while reading cannot deadlock.
    let writing = DispatchGroup()
    if let input {
      let descriptor = feed[1]
      DispatchQueue.global().async(group: writing) {
        input.withUnsafeBytes { bytes in
          var offset = 0
          while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { break }
            offset += written
          }
        }
        close(descriptor)
      }
    }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(output[0], $0.baseAddress!, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      result.append(contentsOf: chunk[0..<count])
    }
    close(output[0])
    writing.wait()
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as macros.
    let signal = status & 0x7F
    return (signal == 0 ? (status >> 8) & 0xFF : 128 + signal, result)
  }

  /// A pipe whose ends close on exec (the child gets only the ends duplicated onto 0 and 1).
  private static func openPipe(_ ends: inout [Int32]) -> Bool {
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return true
  }
}
