import Dispatch
import RapportSystem
import Synchronization
import Testing

/// A value worked out on its own thread while the caller goes on.
@Suite struct BackgroundTests {
  @Test func theWorkRunsWhileTheCallerGoesOnAndEveryReaderGetsItsValue() {
    let go = DispatchSemaphore(value: 0)
    // The work waits for the caller, which signals only once the work has started elsewhere:
    // work done in place would time out instead.
    let answer = Background { go.wait(timeout: .now() + 10) == .success ? 42 : -1 }
    go.signal()
    let seen = Mutex<[Int]>([])
    DispatchQueue.concurrentPerform(iterations: 4) { _ in
      let value = answer.value
      seen.withLock { $0.append(value) }
    }
    #expect(seen.withLock { $0 } == [42, 42, 42, 42])
    #expect(answer.value == 42)
  }
}
