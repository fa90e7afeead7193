import Dispatch
import Synchronization

/// Passes document events to the service and publishes diagnostics, on one queue of its own.
///
/// Events are not queued one by one: the scheduler compares the open documents with what the
/// service last received, so any number of edits costs one call per document. A run starts
/// `delay` after the last change to any document; a change during a run cancels it, and the
/// documents it had not finished are checked in the next run.
final class DiagnosticsScheduler: Sendable {
  struct Delivered {
    var path: String
    var generation: UInt64
  }

  struct State {
    var client = ClientSupport()
    /// What the service last received of each document, by URI.
    var delivered: [String: Delivered] = [:]
    /// Documents saved since the last run, by URI.
    var saved: Set<String> = []
    /// Files changed on disk since the last run: the latest kind of change for each path.
    var fileChanges: [String: FileChange.Kind] = [:]
    /// Documents whose check a cancelled run did not finish, by URI.
    var unchecked: Set<String> = []
    /// When the last change arrived, in `DispatchTime` nanoseconds.
    var lastChange: UInt64 = 0
    var timerArmed = false
    var run: Cancellation?
    var stopped = false
  }

  private let queue = DispatchQueue(label: "rapport.language-server.diagnostics")
  let state = Mutex(State())
  let service: any LanguageService
  let documents: DocumentStore
  let writer: MessageWriter
  private let delay: UInt64
  let log: @Sendable (String) -> Void

  init(
    service: any LanguageService, documents: DocumentStore, writer: MessageWriter,
    delay: Duration, log: @escaping @Sendable (String) -> Void
  ) {
    self.service = service
    self.documents = documents
    self.writer = writer
    self.delay = UInt64(max(0, delay.nanoseconds))
    self.log = log
  }

  /// Starts the service for the workspace, ahead of every event.
  func start(workspaceFolders: [WorkspaceFolder], client: ClientSupport) {
    state.withLock { $0.client = client }
    let service = self.service
    queue.async { service.start(workspaceFolders: workspaceFolders) }
  }

  /// A document was opened, changed or closed.
  func documentsChanged() { noteChange { _ in } }

  func documentSaved(uri: String) { noteChange { $0.saved.insert(uri) } }

  func filesChanged(_ changes: [FileChange]) {
    noteChange { state in
      for change in changes {
        // A file created and then edited before the run is still new to the service.
        let earlier = state.fileChanges[change.path]
        state.fileChanges[change.path] =
          earlier == .created && change.kind == .changed ? .created : change.kind
      }
    }
  }

  /// Stops publishing and cancels the current run.
  func stop() {
    state.withLock { state in
      state.stopped = true
      state.run?.cancel()
    }
  }

  /// Waits until the work queued so far has run, for at most `timeout`; false on time-out.
  func drain(timeout: Duration) -> Bool {
    let done = DispatchSemaphore(value: 0)
    queue.async { done.signal() }
    return done.wait(timeout: .now() + .nanoseconds(Int(timeout.nanoseconds))) == .success
  }

  private func noteChange(_ update: (inout State) -> Void) {
    let arm = state.withLock { state in
      update(&state)
      state.lastChange = DispatchTime.now().uptimeNanoseconds
      state.run?.cancel()
      guard !state.timerArmed && !state.stopped else { return false }
      state.timerArmed = true
      return true
    }
    if arm { schedule(after: delay) }
  }

  private func schedule(after nanoseconds: UInt64) {
    guard nanoseconds > 0 else { return queue.async { self.fire() } }
    queue.asyncAfter(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds))) { self.fire() }
  }

  /// Runs when the timer fires: waits longer if a change came since, else checks.
  private func fire() {
    let now = DispatchTime.now().uptimeNanoseconds
    let (wait, run): (UInt64?, Cancellation?) = state.withLock { state in
      guard !state.stopped else {
        state.timerArmed = false
        return (nil, nil)
      }
      let due = state.lastChange &+ delay
      if now < due { return (due - now, nil) }
      state.timerArmed = false
      state.run = Cancellation()
      return (nil, state.run)
    }
    if let wait { return schedule(after: wait) }
    guard let run else { return }
    check(run)
    state.withLock { state in
      if state.run === run { state.run = nil }
    }
  }
}
