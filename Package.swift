// swift-tools-version:6.0
import PackageDescription

// The pipeline runs one way, and the folders under Sources/ name its stages:
// CCmark -> RapportSystem (machinery with no domain types) -> RapportMarkdown (the only cmark
// caller) -> RapportNotebook (model, loader, checks, cache codec) -> RapportAnalysis (pure figures)
// -> RapportRendering (pages from typed values, no I/O) -> RapportDriver (workspaces, files,
// output transactions) -> RapportEditorService (the notebook for editors, over the protocol layer
// RapportLanguageServer) -> RapportCommands (arguments and printing) -> rapport.
let package = Package(
  name: "rapport",
  products: [
    .executable(name: "rapport", targets: ["rapport"]),
    // A libFuzzer target when built by scripts/fuzz; otherwise it replays saved inputs.
    .executable(name: "rapport-fuzz", targets: ["RapportFuzz"]),
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
    .systemLibrary(name: "CMemory"),
    .target(name: "RapportSystem", dependencies: ["CSQLite", "CMemory"]),
    .target(name: "RapportMarkdown", dependencies: ["CCmark"]),
    .target(name: "RapportNotebook", dependencies: ["RapportSystem", "RapportMarkdown", "Yams"]),
    .target(name: "RapportAnalysis", dependencies: ["RapportNotebook", "RapportSystem"]),
    .target(
      name: "RapportTemplates", path: "templates", exclude: ["README.md"],
      resources: [
        .embedInCode("index.html.mustache"), .embedInCode("index.md.mustache"),
        .embedInCode("account.html.mustache"), .embedInCode("account.md.mustache"),
        .embedInCode("style.mustache"), .embedInCode("note.md.mustache"),
        .embedInCode("profile.md.mustache"), .embedInCode("person.html.mustache"),
        .embedInCode("person.md.mustache"), .embedInCode("tellback.md.mustache"),
      ]),
    .target(
      name: "RapportRendering",
      dependencies: [
        "RapportAnalysis", "RapportMarkdown", "RapportSystem", "RapportTemplates",
      ]),
    .target(
      name: "RapportDriver",
      dependencies: ["RapportSystem", "RapportNotebook", "RapportAnalysis", "RapportRendering"]),
    .target(name: "RapportLanguageServer"),
    // The notebook behind the language server; the protocol layer itself knows no notebooks.
    .target(
      name: "RapportEditorService",
      dependencies: [
        "RapportLanguageServer", "RapportDriver", "RapportAnalysis", "RapportNotebook",
        "RapportMarkdown", "RapportSystem", "Yams",
      ]),
    .target(
      name: "RapportCommands",
      dependencies: [
        "RapportDriver", "RapportSystem", "RapportMarkdown", "RapportNotebook", "RapportAnalysis",
        "RapportRendering", "RapportLanguageServer", "RapportEditorService",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "rapport", dependencies: ["RapportCommands"]),
    .target(
      name: "RapportFuzzing", dependencies: ["RapportNotebook", "RapportMarkdown", "RapportSystem"]),
    .executableTarget(
      name: "RapportFuzz", dependencies: ["RapportFuzzing"], exclude: ["notes.dict"]),
    .target(
      name: "RapportTestSupport",
      dependencies: ["RapportDriver", "RapportNotebook", "RapportMarkdown", "Yams"],
      path: "Tests/RapportTestSupport"),
    .testTarget(
      name: "RapportMarkdownTests", dependencies: ["RapportMarkdown", "RapportTestSupport"]),
    .testTarget(
      name: "RapportNotebookTests",
      dependencies: [
        "RapportDriver", "RapportNotebook", "RapportSystem", "RapportTestSupport", "RapportFuzzing",
      ]),
    .testTarget(
      name: "RapportAnalysisTests",
      dependencies: ["RapportAnalysis", "RapportDriver", "RapportMarkdown", "RapportTestSupport"]),
    .testTarget(name: "RapportLanguageServerTests", dependencies: ["RapportLanguageServer"]),
    .testTarget(
      name: "RapportEditorServiceTests",
      dependencies: [
        "RapportEditorService", "RapportLanguageServer", "RapportNotebook", "RapportTestSupport",
      ]),
    .testTarget(
      name: "RapportRenderingTests",
      dependencies: [
        "RapportRendering", "RapportTestSupport",
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .testTarget(
      name: "RapportDriverTests",
      dependencies: ["RapportDriver", "RapportNotebook", "RapportTestSupport"]),
    .testTarget(
      name: "RapportCommandsTests",
      dependencies: ["RapportCommands", "RapportDriver", "RapportSystem", "RapportTestSupport"]),
  ]
)
