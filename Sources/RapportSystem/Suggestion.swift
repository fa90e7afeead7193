/// "Did you mean" suggestions: the closest known word within a small edit distance.
public enum Suggestion {
  /// The candidate closest to `word` (case-insensitive), if it is close enough to be a likely typo.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let target = Array(word.lowercased())
    var best: (candidate: String, distance: Int)? = nil
    for candidate in candidates where candidate != word {
      let other = Array(candidate.lowercased())
      let allowed = max(1, min(target.count, other.count) / 3)
      // The distance is at least the difference in length: skip the table when that is too far.
      guard abs(target.count - other.count) <= allowed else { continue }
      let distance = editDistance(target, other)
      if distance <= allowed, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    if let best { return best.candidate }
    // No near spelling: a name written by its first word or id prefix ("tomas" for "tomas-berg"),
    // with spaces, dashes and dots ignored ("meilin" for "mei-lin-zhou").
    guard target.count >= 3 else { return nil }
    let prefix = squeezed(word)
    let matches = candidates.filter { squeezed($0).hasPrefix(prefix) }
    // An id and a name of the same person ("tomas-berg", "Tomas Berg") count as one match.
    return !matches.isEmpty && Set(matches.map { Slug.make(from: $0) }).count == 1
      ? matches[0] : nil
  }

  /// The word lowercased, with only its letters and digits.
  static func squeezed(_ word: String) -> String {
    String(
      word.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }.map(Character.init))
  }

  /// Whether `word` is within typing-slip distance of `candidate` (not just a shared prefix).
  public static func isNearMiss(_ word: String, _ candidate: String) -> Bool {
    let target = Array(word.lowercased())
    let other = Array(candidate.lowercased())
    return editDistance(target, other) <= max(1, min(target.count, other.count) / 3)
  }

  /// `; did you mean "x"?` for the closest candidate, or an empty string.
  public static func didYouMean(_ word: String, among candidates: [String]) -> String {
    closest(to: word, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
  }

  /// Edit distance between two character arrays: insertions, deletions, substitutions, and swaps of
  /// two neighbours (so `hnak` is one edit from `hank`).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
