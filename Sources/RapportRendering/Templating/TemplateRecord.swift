import Synchronization

/// A Swift type whose values templates render: it lists the fields a template may name.
///
/// Page types conform with a static list, for example:
///
/// ```swift
/// struct Person: TemplateRecord {
///   var name: String
///   var reports: [Person]
///   static let templateFields: [TemplateField<Person>] = [
///     .text("name", "The person's full name.") { $0.name },
///     .list("reports", "The people who report to this person.") { $0.reports },
///   ]
/// }
/// ```
public protocol TemplateRecord: SendableMetatype {
  /// The fields templates may name, in documentation order.
  static var templateFields: [TemplateField<Self>] { get }

  /// How documentation and messages name this type; the Swift type name by default.
  static var templateTypeName: String { get }
}

extension TemplateRecord {
  public static var templateTypeName: String { String(describing: Self.self) }

  /// Every name a template may use on this type: the declared fields, each list followed by its
  /// `has_<name>` flag unless a field of that name is declared.
  static var templateNamedFields: [TemplateField<Self>] {
    let declared = templateFields
    let names = Set(declared.map(\.name))
    var result: [TemplateField<Self>] = []
    result.reserveCapacity(declared.count * 2)
    for field in declared {
      result.append(field)
      if let companion = field.presenceFlag, !names.contains(companion.name) {
        result.append(companion)
      }
    }
    return result
  }

  /// The field templates reach by `name`, declared or companion; the first one wins.
  static func templateField(named name: String) -> TemplateField<Self>? {
    let declared = templateFields
    let positions = fieldPositions(declared)
    if let position = positions[name] { return declared[position] }
    // A companion flag: `has_x` of the list `x` (without building every companion).
    guard name.hasPrefix("has_") else { return nil }
    return positions[String(name.dropFirst(4))].flatMap { declared[$0].presenceFlag }
  }

  /// Where each declared field's name first appears in `declared`, worked out once per type.
  private static func fieldPositions(_ declared: [TemplateField<Self>]) -> [String: Int] {
    let type = ObjectIdentifier(Self.self)
    if let known = templateFieldPositions.withLock({ $0[type] }) { return known }
    var positions: [String: Int] = [:]
    for (position, field) in declared.enumerated() where positions[field.name] == nil {
      positions[field.name] = position
    }
    templateFieldPositions.withLock { $0[type] = positions }
    return positions
  }
}

/// Each record type's field positions by name: compiling the templates looks up thousands of
/// names, and scanning a page's hundred fields for each cost a quarter of the compile.
private let templateFieldPositions = Mutex<[ObjectIdentifier: [String: Int]]>([:])
