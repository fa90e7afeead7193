import RapportRendering

// Three record types for random templates. `a`, `n` and `f` are declared by all three, with the
// same type everywhere, so a name reads alike wherever a template is included.

struct Outer: TemplateRecord {
  var a: String?
  var n: Int?
  var f = false
  var title: String?
  var child: Inner?
  var items: [Inner] = []
  var tags: [String] = []

  static let templateFields: [TemplateField<Outer>] = [
    .text("a", "Text every type has.") { $0.a },
    .number("n", "A number every type has.") { $0.n },
    .flag("f", "A flag every type has.") { $0.f },
    .text("title", "Text only the page has.") { $0.title },
    .record("child", "One nested record.") { $0.child },
    .list("items", "Nested records.") { $0.items },
    .texts("tags", "Texts.") { $0.tags },
  ]

  static func sample(_ m: inout SampleMaker) -> Outer {
    Outer(
      a: m.text("a"), n: m.number("n"), f: m.flag(), title: m.text("title"),
      child: m.record("child") { Inner.sample(&$0, depth: 0) },
      items: m.list { Inner.sample(&$0, depth: 0) }, tags: m.texts())
  }
}

struct Inner: TemplateRecord {
  var a: String?
  var n: Int?
  var f = false
  var c: String?
  var leaf: Leaf?
  var leaves: [Leaf] = []
  var words: [String] = []
  var children: [Inner] = []

  static let templateFields: [TemplateField<Inner>] = [
    .text("a", "Text every type has.") { $0.a },
    .number("n", "A number every type has.") { $0.n },
    .flag("f", "A flag every type has.") { $0.f },
    .text("c", "Text only this type has.") { $0.c },
    .record("leaf", "A nested leaf.") { $0.leaf },
    .list("leaves", "Nested leaves.") { $0.leaves },
    .texts("words", "Texts.") { $0.words },
    .list("children", "Records of this same type.") { $0.children },
  ]

  static func sample(_ m: inout SampleMaker, depth: Int) -> Inner {
    Inner(
      a: m.text("a"), n: m.number("n"), f: m.flag(), c: m.text("c"),
      leaf: m.record("leaf", Leaf.sample), leaves: m.list(Leaf.sample), words: m.texts(),
      children: depth < 2 ? m.list { Inner.sample(&$0, depth: depth + 1) } : [])
  }
}

struct Leaf: TemplateRecord {
  var a: String?
  var n: Int?
  var f = false
  var d: String?
  var m: Int?

  static let templateFields: [TemplateField<Leaf>] = [
    .text("a", "Text every type has.") { $0.a },
    .number("n", "A number every type has.") { $0.n },
    .flag("f", "A flag every type has.") { $0.f },
    .text("d", "Text only leaves have.") { $0.d },
    .number("m", "A number only leaves have.") { $0.m },
  ]

  static func sample(_ m: inout SampleMaker) -> Leaf {
    Leaf(a: m.text("a"), n: m.number("n"), f: m.flag(), d: m.text("d"), m: m.number("m"))
  }
}
