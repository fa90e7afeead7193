import RapportSystem
import Testing

/// Strings joined in one piece are the same as joined part by part.
@Suite struct ConcatenationTests {
  @Test func sameAsAppending() {
    let cases: [[String]] = [
      [], [""], ["a"], ["people", "/", "acme", "/", "jane-doe", ".html"],
      ["é—", "", "𝄞", "a longer part that is stored out of line, not in the string itself"],
      ["e", "\u{0301}"],
    ]
    for parts in cases {
      let joined: String
      switch parts.count {
      case 0: joined = String.concatenating()
      case 1: joined = String.concatenating(parts[0])
      case 2: joined = String.concatenating(parts[0], parts[1])
      case 4: joined = String.concatenating(parts[0], parts[1], parts[2], parts[3])
      default:
        joined = String.concatenating(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
      }
      #expect(joined == parts.joined(), "\(parts)")
      #expect(Array(joined.utf8) == Array(parts.joined().utf8))
    }
  }
}
