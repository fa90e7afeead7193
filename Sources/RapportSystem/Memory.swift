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
}
