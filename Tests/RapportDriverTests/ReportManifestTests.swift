import Testing

@testable import RapportDriver

/// The manifest's text form: what is written reads back the same, and only plain relative paths
/// are ever taken as pages.
@Suite struct ReportManifestTests {
  @Test func aWrittenManifestReadsBackWithEveryEntry() throws {
    var manifest = ReportManifest(key: 0xfeed_beef, pages: [:])
    manifest.pages["index.html"] = .init(key: 1, size: 0, modified: -5, hash: .max)
    manifest.pages["accounts/acme/people/ana lópez.md"] = .init(
      key: .max, size: 1 << 40, modified: 1_795_000_000_123_456_789, hash: 0xABC)
    manifest.pages["accounts/x y/z.html"] = .init(key: 7, size: 12, modified: 3, hash: 4)
    let read = try #require(ReportManifest.parse(manifest.text))
    #expect(read.key == manifest.key)
    #expect(read.pages == manifest.pages)
    #expect(read.ignored.isEmpty && !read.isDamaged)
  }

  @Test func numbersAreWrittenAsTheirStandardText() {
    for value: UInt64 in [0, 1, 9, 10, 15, 16, 255, 0xdead_beef, 1 << 63, .max] {
      var text = ByteText(capacity: 0)
      text.append(hex: value)
      #expect(String(decoding: text.bytes, as: UTF8.self) == String(value, radix: 16))
    }
    for value: Int64 in [0, 1, -1, 9, 10, -10, 1_795_000_000_123_456_789, .min, .max] {
      var text = ByteText(capacity: 0)
      text.append(decimal: value)
      #expect(String(decoding: text.bytes, as: UTF8.self) == String(value))
    }
  }

  @Test func pathsThatAreNotPlainAndRelativeAreSetAside() throws {
    var body = ReportManifest.header + "\nkey 2a\n"
    let paths = [
      "ok.md", "../up.md", "/etc/hostname", "a//b.md", "a/./b.md", "a/..", "tab\tx.md",
      ".hidden.md", "..dots.md",
    ]
    for path in paths { body += "1 2 3 4 \(path)\n" }
    let text = body + "end \(String(ReportManifest.hash(body.utf8[...]), radix: 16))\n"
    let read = try #require(ReportManifest.parse(text))
    #expect(read.pages.keys.sorted() == ["..dots.md", ".hidden.md", "ok.md"])
    #expect(
      read.ignored == ["../up.md", "/etc/hostname", "a//b.md", "a/./b.md", "a/..", "tab\tx.md"])
  }

  @Test func aPathListedTwiceKeepsItsLastEntryInEveryView() throws {
    var body = ReportManifest.header + "\nkey 2a\n"
    body += "1 10 3 4 a.md\n2 20 3 4 b.md\n3 30 3 4 b.md\n4 40 3 4 c.md\n"
    let text = body + "end \(String(ReportManifest.hash(body.utf8[...]), radix: 16))\n"
    let read = try #require(ReportManifest.parse(text))
    #expect(read.pages["b.md"]?.size == 30)
    #expect(read.sortedPages.map(\.path) == ["a.md", "b.md", "c.md"])
    #expect(read.sortedPages.map(\.entry.size) == [10, 30, 40])
  }

  @Test func olderFormatsReadWithoutAnEndLine() throws {
    let two = try #require(
      ReportManifest.parse("rapport-manifest 2\n\nkey ff\n\na1 10 20 b2 page.md\n\n"))
    #expect(two.key == 0xff)
    #expect(two.pages == ["page.md": .init(key: 0xa1, size: 10, modified: 20, hash: 0xb2)])
    let one = try #require(ReportManifest.parse("rapport-manifest 1\nkey 1\n2 old page.md\n"))
    #expect(one.pages == ["old page.md": .init(key: 2, size: -1, modified: 0, hash: 0)])
  }

  @Test func malformedNumbersMakeTheManifestDamaged() {
    for line in ["zz 1 2 3 a.md", "1 x 2 3 a.md", "1 2 99999999999999999999 3 a.md", "1 2 3 a.md"] {
      let body = ReportManifest.header + "\nkey 1\n\(line)\n"
      let text = body + "end \(String(ReportManifest.hash(body.utf8[...]), radix: 16))\n"
      #expect(ReportManifest.parse(text) == nil, "\(line)")
    }
  }

  @Test func pagesAreWrittenByPathWhetherTheirOrderIsKnownOrNot() throws {
    var manifest = ReportManifest(key: 1, pages: [:])
    let paths = ["people/b/z.md", "index.md", "accounts/b.md", "people/a/é.md", "accounts/a.md"]
    for (index, path) in paths.enumerated() {
      manifest.pages[path] = .init(key: UInt64(index), size: index, modified: 0, hash: 0)
    }
    let written = manifest.sortedPages.map(\.path)
    #expect(written == paths.sorted())
    let read = try #require(ReportManifest.parse(manifest.text))
    #expect(read.listed == paths.sorted())
    // The same pages again, one of them rewritten: the order read is reused.
    var next = ReportManifest(key: 2, pages: read.pages)
    next.pages["index.md"]?.size = 99
    next.listed = read.listed
    #expect(next.sortedPages.map(\.path) == paths.sorted())
    #expect(next.sortedPages.first { $0.path == "index.md" }?.entry.size == 99)
    // As many pages, but not the same ones: sorted again.
    next.pages["index.md"] = nil
    next.pages["a-new.md"] = .init(key: 0, size: 0, modified: 0, hash: 0)
    #expect(next.sortedPages.map(\.path) == Array(next.pages.keys).sorted())
  }

  @Test func aManifestOutOfOrderKnowsNoOrder() throws {
    var body = ReportManifest.header + "\nkey 2a\n"
    for path in ["b.md", "a.md"] { body += "1 2 3 4 \(path)\n" }
    let text = body + "end \(String(ReportManifest.hash(body.utf8[...]), radix: 16))\n"
    let read = try #require(ReportManifest.parse(text))
    #expect(read.pages.count == 2 && read.listed.isEmpty)
    #expect(read.sortedPages.map(\.path) == ["a.md", "b.md"])
  }
}
