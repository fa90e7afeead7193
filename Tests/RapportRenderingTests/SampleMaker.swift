import RapportRendering
import RapportTestSupport

/// Random page data for the differential tests.
///
/// A name chosen to be absent is absent in every record of the page: swift-mustache looks a
/// missing name up in outer frames at run time, and this way it finds nothing there either, as
/// rapport's engine (which stops at the frame whose type declares the name) renders nothing.
/// Names that are lists or flags anywhere are never absent, since lists and flags always are.
struct SampleMaker {
  var random: SeededRandom
  let absent: Set<String>

  /// Data for pages of type `root`, with each name that may be absent absent with probability
  /// `absence`.
  init(seed: UInt64, root: any TemplateRecord.Type, absence: Double = 0.3) {
    self.init(seed: seed, optionalNames: Self.optionalNames(of: root), absence: absence)
  }

  /// Data where each of `optionalNames` is absent with probability `absence`.
  init(seed: UInt64, optionalNames: [String], absence: Double) {
    random = SeededRandom(seed: seed)
    var absent = Set<String>()
    for name in optionalNames where random.chance(absence) { absent.insert(name) }
    self.absent = absent
  }

  /// The names of `root` and the types inside it that may be absent, sorted.
  static func optionalNames(of root: any TemplateRecord.Type) -> [String] {
    var optional = Set<String>()
    var present = Set<String>()
    var visited = Set<ObjectIdentifier>()
    collect(root, optional: &optional, present: &present, visited: &visited)
    return optional.subtracting(present).sorted()
  }

  private static func collect(
    _ type: any TemplateRecord.Type, optional: inout Set<String>, present: inout Set<String>,
    visited: inout Set<ObjectIdentifier>
  ) {
    guard visited.insert(ObjectIdentifier(type)).inserted else { return }
    for entry in TemplateSchema(type).entries {
      switch entry.type {
      case .text, .number: optional.insert(entry.name)
      case .flag, .texts: present.insert(entry.name)
      case .record(let nested):
        optional.insert(entry.name)
        collect(nested, optional: &optional, present: &present, visited: &visited)
      case .list(let nested):
        present.insert(entry.name)
        collect(nested, optional: &optional, present: &present, visited: &visited)
      }
    }
  }

  mutating func text(_ name: String) -> String? {
    if absent.contains(name) { return random.chance(0.5) ? nil : "" }
    return random.text()
  }

  mutating func number(_ name: String) -> Int? {
    absent.contains(name) ? nil : random.pick([0, 1, 2, 7, 42, -3, 1_234_567])
  }

  mutating func flag() -> Bool { random.chance(0.5) }

  mutating func record<R>(_ name: String, _ make: (inout SampleMaker) -> R) -> R? {
    absent.contains(name) ? nil : make(&self)
  }

  mutating func list<R>(_ make: (inout SampleMaker) -> R) -> [R] {
    (0..<random.int(0...3)).map { _ in make(&self) }
  }

  mutating func texts() -> [String] {
    (0..<random.int(0...3)).map { _ in random.text() }
  }
}
