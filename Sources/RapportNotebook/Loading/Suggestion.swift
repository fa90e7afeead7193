/// "Did you mean" suggestions: the closest known word within a small edit distance.
public enum Suggestion {
  /// The candidate closest to `word` (case-insensitive), if it is close enough to be a likely typo.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let target = Array(word.lowercased())
    var best: (candidate: String, distance: Int)? = nil
    for candidate in candidates where candidate != word {
      let distance = editDistance(target, Array(candidate.lowercased()))
      let allowed = max(1, min(target.count, candidate.count) / 3)
      if distance <= allowed, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// `; did you mean "x"?` for the closest candidate, or an empty string.
  public static func didYouMean(_ word: String, among candidates: [String]) -> String {
    closest(to: word, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
  }

  /// Levenshtein distance between two character arrays (insertions, deletions, substitutions).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
