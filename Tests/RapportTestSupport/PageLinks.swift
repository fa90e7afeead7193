import Foundation
import RapportMarkdown

/// The links of generated pages, to check that each relative one leads to a file.
public enum PageLinks {
  /// Relative link destinations of a page (without `#` anchors, percent-decoded): from cmark's
  /// tree for Markdown, from `href` and `src` attributes for HTML.
  public static func relative(in text: String, html: Bool) -> [String] {
    var destinations: [String] = []
    if html {
      for attribute in ["href=\"", "src=\""] {
        for part in text.components(separatedBy: attribute).dropFirst() {
          destinations.append(String(part.prefix { $0 != "\"" }))
        }
      }
    } else if case .success(let document) = Markdown.parse(text[...], firstLine: 1) {
      destinations = document.nodes.compactMap(\.destination)
    }
    return destinations.compactMap { destination in
      let path = String(destination.prefix { $0 != "#" })
      guard !path.isEmpty, !path.contains(":"), !path.hasPrefix("//") else { return nil }
      return path.removingPercentEncoding ?? path
    }
  }

  /// Links in the pages under `folder` whose targets do not exist, as `page -> destination`.
  public static func broken(under folder: String) -> [String] {
    var broken: [String] = []
    let walker = FileManager.default.enumerator(atPath: folder)!
    while let page = walker.nextObject() as? String {
      guard page.hasSuffix(".md") || page.hasSuffix(".html") else { continue }
      guard let text = try? String(contentsOfFile: folder + "/" + page, encoding: .utf8) else {
        continue
      }
      let base = (folder + "/" + page as NSString).deletingLastPathComponent
      for destination in relative(in: text, html: page.hasSuffix(".html")) {
        let target = destination.hasPrefix("/") ? destination : base + "/" + destination
        if !FileManager.default.fileExists(atPath: target) {
          broken.append("\(page) -> \(destination)")
        }
      }
    }
    return broken.sorted()
  }
}
