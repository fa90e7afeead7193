/// A parsed template: the nodes of its top level.
public struct TemplateDocument: Sendable, Equatable {
  public var nodes: [TemplateNode]

  public init(nodes: [TemplateNode]) { self.nodes = nodes }
}
