/// The keys of one mapping read so far, to find a key written twice: a short list scanned in
/// place (most mappings have a handful of keys, and hashing each costs more), a set once it grows.
struct SeenKeys {
  private var few: [String] = []
  private var many: Set<String>? = nil

  /// Adds `key`; false when the mapping already has it.
  mutating func insert(_ key: String) -> Bool {
    if var set = many {
      many = nil
      defer { many = set }
      return set.insert(key).inserted
    }
    guard !few.contains(key) else { return false }
    few.append(key)
    // Past 16 keys a scan costs more than a hash, and would grow with the square of the count.
    if few.count > 16 {
      many = Set(few)
      few = []
    }
    return true
  }
}
