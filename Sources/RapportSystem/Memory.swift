#if canImport(Glibc)
  import CMemory
  import Glibc
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

  /// Keeps blocks of 2 MB or more out of the heap, each mapped on its own and unmapped when
  /// freed, and that size fixed. glibc otherwise raises the size (from 128 KB) each time such a
  /// block is freed, and later large blocks, served from the heap, leave it holding freed pages it
  /// cannot hand back: a cold report of 100,000 notes peaked anywhere from 375 to 425 MB by how its
  /// threads happened to interleave, against 359 to 365 MB every time with a fixed size (128 KB,
  /// 512 KB and 2 MB alike; 2 MB maps the fewest blocks). An `MALLOC_MMAP_THRESHOLD_` of the
  /// user's own wins.
  public static func mapLargeBlocksAlone() {
    #if canImport(Glibc)
      guard getenv("MALLOC_MMAP_THRESHOLD_") == nil else { return }
      rapport_map_blocks_from(2 << 20)
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
