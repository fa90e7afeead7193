import Dispatch
import Synchronization

/// Work spread over threads, results in input order (so output never depends on scheduling).
public enum Parallel {
  /// `body(index, &scratch)` for every index below `count` on up to `jobs` threads; each thread
  /// gets its own `scratch` (such as a read buffer) from `makeScratch`.
  public static func map<Scratch, T: Sendable>(
    count: Int, jobs: Int, scratch makeScratch: @Sendable () -> Scratch,
    _ body: @Sendable (Int, inout Scratch) -> T
  ) -> [T] {
    guard jobs > 1, count > 1 else {
      var scratch = makeScratch()
      return (0..<count).map { body($0, &scratch) }
    }
    let next = Atomic<Int>(0)
    let results = Mutex<[T?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
      var scratch = makeScratch()
      var local: [(Int, T)] = []
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < count else { break }
        local.append((index, body(index, &scratch)))
      }
      results.withLock { state in for (index, value) in local { state[index] = value } }
    }
    return results.withLock { $0.map { $0! } }
  }

  /// `transform` applied to every element on up to `jobs` threads.
  public static func map<T: Sendable, U: Sendable>(
    _ items: [T], jobs: Int, _ transform: @Sendable (T) -> U
  ) -> [U] {
    map(count: items.count, jobs: jobs, scratch: {}) { index, _ in transform(items[index]) }
  }

  /// `first` and `second` on two threads at once when `jobs` allows, else one after the other.
  public static func both<A: Sendable, B: Sendable>(
    jobs: Int, _ first: @Sendable () -> A, _ second: @Sendable () -> B
  ) -> (A, B) {
    guard jobs > 1 else { return (first(), second()) }
    let a = Mutex<A?>(nil)
    let b = Mutex<B?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 {
        let value = first()
        a.withLock { $0 = value }
      } else {
        let value = second()
        b.withLock { $0 = value }
      }
    }
    return (a.withLock { $0! }, b.withLock { $0! })
  }
}
