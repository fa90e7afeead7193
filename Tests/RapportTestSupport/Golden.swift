import Foundation

/// Compares text with a golden file; `RAPPORT_RECORD=1` rewrites the file instead (and fails).
public enum Golden {
  /// Whether this run re-records golden files.
  public static var recording: Bool { ProcessInfo.processInfo.environment["RAPPORT_RECORD"] == "1" }

  /// nil when `actual` matches the file; else a readable line diff (or a note that it was recorded).
  public static func mismatch(_ actual: String, file: URL) -> String? {
    let expected = try? String(contentsOf: file, encoding: .utf8)
    if expected == actual { return nil }
    if recording {
      try? FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? actual.write(to: file, atomically: true, encoding: .utf8)
      return "recorded \(file.path); run again without RAPPORT_RECORD to compare"
    }
    guard let expected else {
      return "missing golden file \(file.path); run with RAPPORT_RECORD=1 to create it"
    }
    return "\(file.lastPathComponent) differs (- expected, + actual):\n" + diff(expected, actual)
  }

  /// A line diff in hunks: `@@ -line +line @@`, then removed lines with `-`, added ones with `+`
  /// and up to `context` unchanged lines around them with a space; one inserted line shows as
  /// one line, not as every line after it.
  public static func diff(_ expected: String, _ actual: String, context: Int = 2) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    // Walk both files along the difference, marking each line kept, removed or added.
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in new.difference(from: old) {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    // Each line with its kind and the old and new line indices where it stands.
    var lines: [(kind: Character, old: Int, new: Int)] = []
    var a = 0
    var b = 0
    while a < old.count || b < new.count {
      if a < old.count, removed.contains(a) {
        lines.append(("-", a, b))
        a += 1
      } else if b < new.count, inserted.contains(b) {
        lines.append(("+", a, b))
        b += 1
      } else {
        lines.append((" ", a, b))
        a += 1
        b += 1
      }
    }
    let changed = lines.indices.filter { lines[$0].kind != " " }
    var output: [String] = []
    var shown = -1
    for index in changed where index > shown {
      var end = index
      // One hunk while the next change is within two contexts.
      while let next = changed.first(where: { $0 > end }), next - end <= 2 * context + 1 {
        end = next
      }
      let start = max(0, index - context)
      let stop = min(lines.count - 1, end + context)
      output.append("@@ -\(lines[start].old + 1) +\(lines[start].new + 1) @@")
      for line in lines[start...stop] {
        output.append(String(line.kind) + (line.kind == "+" ? new[line.new] : old[line.old]))
      }
      shown = stop
      if output.count > 80 {
        output.append("…")
        break
      }
    }
    return output.joined(separator: "\n")
  }
}
