import Foundation
import RapportSystem
import Testing

/// A path's folder part, as Foundation gives it for the paths rapport writes.
@Suite struct PathParentTests {
  @Test func sameAsFoundationForPagePaths() {
    for path in [
      "index.html", "accounts/acme.md", "people/acme/jane-doe.html", "/dev/shm/out/people/a/b.md",
      "/c.md", "out/é/ü.md", "a/b/c/d/e.html", "", "/",
    ] {
      #expect(Paths.parent(path) == (path as NSString).deletingLastPathComponent, "\(path)")
    }
  }
}
