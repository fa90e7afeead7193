import RapportRendering

/// Records nested five deep, for dotted names of any length.
struct ChainA: TemplateRecord {
  var b: ChainB? = nil
  var name: String? = nil
  static let templateFields: [TemplateField<ChainA>] = [
    .record("b", "The next link.") { $0.b },
    .text("name", "A name at the top.") { $0.name },
  ]
}

struct ChainB: TemplateRecord {
  var c: ChainC? = nil
  var name: String? = nil
  static let templateFields: [TemplateField<ChainB>] = [
    .record("c", "The next link.") { $0.c },
    .text("name", "A name one down.") { $0.name },
  ]
}

struct ChainC: TemplateRecord {
  var d: ChainD? = nil
  static let templateFields: [TemplateField<ChainC>] = [
    .record("d", "The next link.") { $0.d }
  ]
}

struct ChainD: TemplateRecord {
  var e: ChainE? = nil
  static let templateFields: [TemplateField<ChainD>] = [
    .record("e", "The next link.") { $0.e }
  ]
}

struct ChainE: TemplateRecord {
  var name: String? = nil
  var flag = false
  static let templateFields: [TemplateField<ChainE>] = [
    .text("name", "The name at the bottom.") { $0.name },
    .flag("flag", "A flag at the bottom.") { $0.flag },
  ]
}

extension ChainA {
  /// A full chain with `name` at the bottom.
  static func full(_ name: String, flag: Bool = true) -> ChainA {
    ChainA(b: ChainB(c: ChainC(d: ChainD(e: ChainE(name: name, flag: flag)))))
  }
}
