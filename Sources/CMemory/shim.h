// glibc's allocator controls (malloc_trim), which Swift's Glibc module does not export.
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>

/// Serves blocks of `bytes` or more from memory mapped for each and unmapped when freed, and keeps
/// the allocator from raising that size as large blocks are freed.
static inline void rapport_map_blocks_from(int bytes) { mallopt(M_MMAP_THRESHOLD, bytes); }

/// Bytes the heap holds for live allocations, or -1 where glibc cannot say (before 2.33).
static inline long long rapport_heap_in_use(void) {
#if defined(__GLIBC__) && defined(__GLIBC_PREREQ)
#if __GLIBC_PREREQ(2, 33)
  struct mallinfo2 info = mallinfo2();
  return (long long)(info.uordblks + info.hblkhd);
#else
  return -1;
#endif
#else
  return -1;
#endif
}
#endif
