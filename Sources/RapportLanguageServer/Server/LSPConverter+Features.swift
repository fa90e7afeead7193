extension LSPConverter {
  /// A `CompletionList` of the items.
  func completionList(_ items: [CompletionItem], in text: DocumentText) -> JSON {
    .object(["isIncomplete": false, "items": .array(items.map { completionItem($0, in: text) })])
  }

  func completionItem(_ item: CompletionItem, in text: DocumentText) -> JSON {
    let documentation = item.documentation.map {
      Self.markup($0, markdownSupported: client.markdownCompletionDocumentation)
    }
    let textEdit = item.replacing.map { replaced -> JSON in
      ["range": range(replaced, in: text), "newText": .string(item.insertText ?? item.label)]
    }
    return .members([
      ("label", .string(item.label)),
      ("kind", .integer(Self.completionKind(item.kind))),
      ("detail", item.detail.map(JSON.string)),
      ("documentation", documentation),
      ("insertText", item.insertText.map(JSON.string)),
      ("insertTextFormat", 1),  // plain text, never a snippet
      ("textEdit", textEdit),
      ("sortText", item.sortText.map(JSON.string)),
      ("filterText", item.filterText.map(JSON.string)),
    ])
  }

  /// A `Hover`, or null.
  func hover(_ hover: Hover?, in text: DocumentText) -> JSON {
    guard let hover else { return .null }
    return .members([
      ("contents", Self.markup(hover.markdown, markdownSupported: client.markdownHover)),
      ("range", hover.range.map { range($0, in: text) }),
    ])
  }

  /// `LocationLink`s when the editor takes them, else `Location`s; null for none.
  mutating func definitions(_ targets: [DefinitionTarget], in text: DocumentText) -> JSON {
    guard !targets.isEmpty else { return .null }
    return .array(
      targets.map { target in
        let file = file(target.path)
        let whole = range(target.range, in: file.text)
        guard client.locationLinks else { return ["uri": .string(file.uri), "range": whole] }
        return .members([
          ("originSelectionRange", target.originRange.map { range($0, in: text) }),
          ("targetUri", .string(file.uri)),
          ("targetRange", whole),
          ("targetSelectionRange", range(target.selectionRange ?? target.range, in: file.text)),
        ])
      })
  }

  /// `CodeAction`s with `WorkspaceEdit`s, keeping those of the kinds in `only` (all if nil).
  mutating func codeActions(
    _ actions: [CodeAction], only: [String]?, in text: DocumentText
  )
    -> JSON
  {
    let wanted = actions.filter { action in
      only.map { kinds in kinds.contains { Self.kind(action.kind.rawValue, isWithin: $0) } }
        ?? true
    }
    return .array(
      wanted.map { action in
        var changes: [String: JSON] = [:]
        for fileEdit in action.edits {
          let file = file(fileEdit.path)
          let edits = fileEdit.edits.map { edit -> JSON in
            ["range": range(edit.range, in: file.text), "newText": .string(edit.newText)]
          }
          changes[file.uri] = .array((changes[file.uri]?.arrayValue ?? []) + edits)
        }
        return .members([
          ("title", .string(action.title)),
          ("kind", .string(action.kind.rawValue)),
          ("diagnostics", .array(action.diagnostics.map { diagnostic($0, in: text) })),
          ("isPreferred", action.isPreferred ? true : nil),
          ("edit", ["changes": .object(changes)]),
        ])
      })
  }

  /// Nested `DocumentSymbol`s when the editor takes them, else flat `SymbolInformation`s.
  func documentSymbols(_ symbols: [DocumentSymbol], uri: String, in text: DocumentText) -> JSON {
    guard client.hierarchicalSymbols else {
      var flat: [JSON] = []
      flatten(symbols, container: nil, uri: uri, in: text, into: &flat)
      return .array(flat)
    }
    return .array(symbols.map { nestedSymbol($0, in: text) })
  }

  private func nestedSymbol(_ symbol: DocumentSymbol, in text: DocumentText) -> JSON {
    .members([
      ("name", .string(symbol.name)),
      ("detail", symbol.detail.map(JSON.string)),
      ("kind", .integer(Self.symbolKind(symbol.kind))),
      ("range", range(symbol.range, in: text)),
      ("selectionRange", range(symbol.selectionRange, in: text)),
      (
        "children",
        symbol.children.isEmpty ? nil : .array(symbol.children.map { nestedSymbol($0, in: text) })
      ),
    ])
  }

  private func flatten(
    _ symbols: [DocumentSymbol], container: String?, uri: String, in text: DocumentText,
    into result: inout [JSON]
  ) {
    for symbol in symbols {
      result.append(
        .members([
          ("name", .string(symbol.name)),
          ("kind", .integer(Self.symbolKind(symbol.kind))),
          ("location", ["uri": .string(uri), "range": range(symbol.range, in: text)]),
          ("containerName", container.map(JSON.string)),
        ]))
      flatten(symbol.children, container: symbol.name, uri: uri, in: text, into: &result)
    }
  }

  /// Whether code action kind `kind` is `filter` or below it (`refactor.rewrite` is within
  /// `refactor`).
  static func kind(_ kind: String, isWithin filter: String) -> Bool {
    filter.isEmpty || kind == filter || kind.hasPrefix(filter + ".")
  }

  static func completionKind(_ kind: CompletionItem.Kind) -> Int {
    switch kind {
    case .text: return 1
    case .property: return 10
    case .value: return 12
    case .keyword: return 14
    case .snippet: return 15
    case .file: return 17
    case .reference: return 18
    case .folder: return 19
    case .enumMember: return 20
    case .constant: return 21
    case .event: return 23
    }
  }

  static func symbolKind(_ kind: DocumentSymbol.Kind) -> Int {
    switch kind {
    case .file: return 1
    case .module: return 2
    case .namespace: return 3
    case .property: return 7
    case .field: return 8
    case .variable: return 13
    case .constant: return 14
    case .string: return 15
    case .number: return 16
    case .boolean: return 17
    case .array: return 18
    case .object: return 19
    case .key: return 20
    case .enumMember: return 22
    case .event: return 24
    }
  }
}
