// swift-tools-version:6.0
import PackageDescription

// The pipeline runs one way, and the folders under Sources/ name its stages:
// CCmark -> RapportMarkdown -> RapportNotebook -> RapportAnalysis -> RapportRendering
// -> RapportCommands -> rapport.
let package = Package(
  name: "rapport",
  products: [
    .executable(name: "rapport", targets: ["rapport"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .target(name: "RapportMarkdown", dependencies: ["CCmark"]),
    .target(name: "RapportNotebook", dependencies: ["RapportMarkdown", "Yams"]),
    .target(name: "RapportAnalysis", dependencies: ["RapportNotebook"]),
    .target(
      name: "RapportTemplates", path: "templates", exclude: ["README.md"],
      resources: [
        .embedInCode("index.html.mustache"), .embedInCode("index.md.mustache"),
        .embedInCode("account.html.mustache"), .embedInCode("account.md.mustache"),
        .embedInCode("style.mustache"), .embedInCode("note.md.mustache"),
        .embedInCode("profile.md.mustache"),
      ]),
    .target(
      name: "RapportRendering",
      dependencies: [
        "RapportAnalysis", "RapportMarkdown", "RapportTemplates",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .target(
      name: "RapportCommands",
      dependencies: [
        "RapportNotebook", "RapportAnalysis", "RapportRendering", "CSQLite",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "rapport", dependencies: ["RapportCommands"]),
    .target(
      name: "RapportTestSupport", dependencies: ["RapportNotebook", "Yams"],
      path: "Tests/RapportTestSupport"),
    .testTarget(name: "RapportMarkdownTests", dependencies: ["RapportMarkdown"]),
    .testTarget(
      name: "RapportNotebookTests", dependencies: ["RapportNotebook", "RapportTestSupport"]),
    .testTarget(
      name: "RapportAnalysisTests", dependencies: ["RapportAnalysis", "RapportTestSupport"]),
    .testTarget(
      name: "RapportCommandsTests",
      dependencies: ["RapportCommands", "RapportTestSupport", "CSQLite"]),
    .testTarget(
      name: "RapportRenderingTests",
      dependencies: ["RapportRendering", .product(name: "Mustache", package: "swift-mustache")]),
  ]
)
