#if canImport(Glibc)
  import CMemory
#endif

/// The process's heap.
public enum Memory {
  /// Hands freed heap pages back to the system, so a large structure dropped between phases does
  /// not stay in the resident set (and the peak) for the rest of the run.
  public static func releaseFreed() {
    #if canImport(Glibc)
      _ = malloc_trim(0)
    #endif
  }

  /// Bytes the heap holds for live allocations (not freed pages it keeps); nil where unknown.
  public static func inUseBytes() -> Int? {
    #if canImport(Glibc)
      // Small blocks plus blocks mapped on their own.
      let bytes = rapport_heap_in_use()
      return bytes < 0 ? nil : Int(bytes)
    #else
      return nil
    #endif
  }
}
