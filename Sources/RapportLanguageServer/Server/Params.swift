/// A request's or notification's `params`, read with errors that name the missing field.
struct Params {
  let json: JSON

  init(_ json: JSON) { self.json = json }

  /// The value at a path of member names, such as `textDocument`, `uri`.
  func value(_ path: String...) -> JSON? { value(path) }

  func value(_ path: [String]) -> JSON? {
    var current: JSON? = json
    for key in path { current = current?[key] }
    return current
  }

  func string(_ path: String...) throws(ResponseError) -> String {
    guard let value = value(path)?.stringValue else { throw missing(path, "a string") }
    return value
  }

  func integer(_ path: String...) throws(ResponseError) -> Int {
    guard let value = value(path)?.intValue else { throw missing(path, "an integer") }
    return value
  }

  func array(_ path: String...) throws(ResponseError) -> [JSON] {
    guard let value = value(path)?.arrayValue else { throw missing(path, "an array") }
    return value
  }

  func position(_ path: String...) throws(ResponseError) -> LSPPosition {
    guard let value = value(path).flatMap(LSPPosition.init) else {
      throw missing(path, "a position")
    }
    return value
  }

  func range(_ path: String...) throws(ResponseError) -> LSPRange {
    guard let value = value(path).flatMap(LSPRange.init) else { throw missing(path, "a range") }
    return value
  }

  private func missing(_ path: [String], _ what: String) -> ResponseError {
    .invalidParams("params.\(path.joined(separator: ".")) must be \(what)")
  }
}
