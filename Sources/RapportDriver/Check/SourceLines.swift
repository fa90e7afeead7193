import RapportMarkdown
import RapportSystem

/// Source lines of notebook files, read once each, for the snippets under diagnostics.
///
/// Never gives a line of a confidential note: the person running `check` gets its path, position
/// and rule, and no words.
public struct SourceLines {
  let root: String
  /// Notebook-relative paths whose lines are withheld.
  let withheld: Set<String>
  private var files: [String: [Substring]] = [:]

  public init(root: String, withholding withheld: Set<String> = []) {
    self.root = root
    self.withheld = withheld
  }

  /// Line `number` (1-based) of the notebook file `file`, or nil.
  public mutating func line(_ number: Int, in file: String) -> Substring? {
    guard !withheld.contains(file) else { return nil }
    if files[file] == nil {
      var buffer: [UInt8] = []
      var lines: [Substring] = []
      if case .success = FileSystem.read(root + "/" + file, into: &buffer, maxBytes: 16 << 20) {
        var body = buffer[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        lines = TextLines.split(String(decoding: body, as: UTF8.self)[...])
      }
      files[file] = lines
    }
    let lines = files[file]!
    return number >= 1 && number <= lines.count ? lines[number - 1] : nil
  }
}
