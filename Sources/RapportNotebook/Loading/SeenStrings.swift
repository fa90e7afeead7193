/// The strings met so far, such as a mapping's keys or a note's themes: a short list scanned in
/// place (most hold a handful, and hashing each costs more), a set once it grows.
struct SeenStrings {
  private var few: [String] = []
  private var many: Set<String>? = nil

  /// Adds `key`; false when it was met before.
  mutating func insert(_ key: String) -> Bool {
    if var set = many {
      many = nil
      defer { many = set }
      return set.insert(key).inserted
    }
    guard !few.contains(key) else { return false }
    few.append(key)
    // Past 16 strings a scan costs more than a hash, and would grow with the square of the count.
    if few.count > 16 {
      many = Set(few)
      few = []
    }
    return true
  }
}
