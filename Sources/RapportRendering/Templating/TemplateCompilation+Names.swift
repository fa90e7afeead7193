/// Resolving names at compile time, and the warnings for names that are not values.
extension TemplateCompilation {
  /// What `name` reads: the innermost frame whose type declares the first part wins, and later
  /// parts are fields of that value's type. Nil (with a warning) when it names nothing.
  func resolve<Scope>(
    _ name: String, tag: String, at position: TemplatePosition, in context: TemplateContext<Scope>
  ) -> TemplateAccessor<Scope>? {
    let top = context.frames[context.frames.count - 1]
    if name == "." { return itself(of: top, tag: tag, at: position, in: context) }
    if name.isEmpty {
      report(
        .warning, in: context.template, at: position, "`\(tag)` names nothing and renders nothing")
      return nil
    }
    // On bytes: Foundation's substring search costs thousands of instructions per name.
    if name.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) {
      report(
        .warning, in: context.template, at: position,
        "`\(tag)` calls a function, which templates cannot do; it renders nothing")
      return nil
    }
    // As in swift-mustache, empty parts are skipped, so `..` reads like `.`.
    let parts = name.split(separator: ".").map(String.init)
    guard let first = parts.first else {
      return itself(of: top, tag: tag, at: position, in: context)
    }
    var accessor: TemplateAccessor<Scope>
    if name.hasPrefix(".") {
      guard let found = top.member(first) else {
        report(
          .warning, in: context.template, at: position,
          "`\(tag)` is not a value of the current item"
            + Self.didYouMean(first, among: top.memberNames)
            + Self.listing(top.memberNames, intro: "; it has: "))
        return nil
      }
      if isPage(top) { pageNamesRead.insert(first) }
      accessor = found
    } else {
      // A plain loop: a lazy chain over frames of a generic scope costs a runtime type lookup of
      // tens of thousands of instructions at every name.
      var innermost: (frame: TemplateFrame<Scope>, found: TemplateAccessor<Scope>)? = nil
      var index = context.frames.count - 1
      while innermost == nil, index >= 0 {
        let frame = context.frames[index]
        if let found = frame.member(first) { innermost = (frame, found) }
        index -= 1
      }
      guard let (frame, found) = innermost else {
        let names = Self.availableNames(in: context)
        report(
          .warning, in: context.template, at: position,
          "`\(tag)` is not a value of this template" + Self.didYouMean(first, among: names)
            + Self.listing(names, intro: "; here you can use: "))
        return nil
      }
      if isPage(frame) { pageNamesRead.insert(first) }
      accessor = found
    }
    for index in parts.indices.dropFirst() {
      let path = parts[..<index].joined(separator: ".")
      guard case .record(let access) = accessor else {
        report(
          .warning, in: context.template, at: position,
          "`\(tag)`: `\(path)` is \(accessor.kind), which has no values by name; it renders nothing"
        )
        return nil
      }
      guard let next = access.member(parts[index]) else {
        let names = access.memberNames
        report(
          .warning, in: context.template, at: position,
          "`\(tag)`: `\(path)` has no value `\(parts[index])`"
            + Self.didYouMean(parts[index], among: names) + Self.listing(names, intro: "; it has: ")
        )
        return nil
      }
      accessor = next
    }
    return accessor
  }

  /// Whether a frame holds the page itself (at the bottom, or pushed again by `{{#.}}`).
  func isPage<Scope>(_ frame: TemplateFrame<Scope>) -> Bool {
    guard case .record(let access) = frame, let pageType else { return false }
    return access.recordType == pageType
  }

  func itself<Scope>(
    of frame: TemplateFrame<Scope>, tag: String, at position: TemplatePosition,
    in context: TemplateContext<Scope>
  ) -> TemplateAccessor<Scope>? {
    guard let itself = frame.itself else {
      report(
        .warning, in: context.template, at: position,
        "`\(tag)` is the empty list of the inverted section around it and renders nothing")
      return nil
    }
    return itself
  }

  /// Every name the frames offer, innermost first, each once.
  static func availableNames<Scope>(in context: TemplateContext<Scope>) -> [String] {
    var seen = Set<String>()
    var names: [String] = []
    for frame in context.frames.reversed() {
      for name in frame.memberNames where seen.insert(name).inserted { names.append(name) }
    }
    return names
  }

  static func listing(_ names: [String], intro: String) -> String {
    names.isEmpty ? "; no values are available here" : intro + names.joined(separator: ", ")
  }

  /// " (did you mean `name`?)" for the closest of `names`, when one is close enough.
  static func didYouMean(_ name: String, among names: [String]) -> String {
    let limit = min(3, max(1, name.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in names {
      let distance = editDistance(name, candidate)
      if distance <= limit, distance < best?.distance ?? Int.max { best = (candidate, distance) }
    }
    return best.map { " (did you mean `\($0.name)`?)" } ?? ""
  }

  /// Edits (insert, delete, replace, swap two neighbours) turning `a` into `b`.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}

extension TemplateCompilation {
  /// Whether a text value's name says rapport made it safe to insert unescaped: HTML from cmark's
  /// safe mode (`html`, `…_html`), sanitised Markdown (`markdown`, `markdown_…`, `…_md`), charts
  /// (`…_svg`), percent-encoded links (`href`, `…_href`, `…_link`), slugs (`id`, `…_id`), indents and
  /// class names (`…_class`). Page values follow these names; anything else may hold a note's
  /// words.
  static func isMarkup(_ name: String) -> Bool {
    let last = name.split(separator: ".").last.map(String.init) ?? name
    if ["html", "markdown", "href", "id", "indent", "md_indent"].contains(last) { return true }
    if last.hasPrefix("markdown_") { return true }
    return ["_html", "_md", "_svg", "_href", "_link", "_id", "_class"].contains {
      last.hasSuffix($0)
    }
  }
}
