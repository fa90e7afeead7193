import RapportMarkdown

/// The cache's binary form of a parsed account profile and its diagnostics.
extension AccountProfile {
  /// The profile and its diagnostics as a cache record.
  public static func record(
    _ profile: AccountProfile, diagnostics: [Diagnostic]
  ) -> ArraySlice<UInt8> {
    var writer = BinaryWriter()
    writer.writeCount(diagnostics.count)
    for diagnostic in diagnostics { diagnostic.encode(to: &writer) }
    writer.write(profile.name)
    writer.write(profile.relationship.rawValue)
    writer.write(profile.status.rawValue)
    writer.write(profile.segment)
    writer.write(profile.value)
    writer.write(profile.since != nil)
    if let since = profile.since { writer.write(since.daysSinceEpoch) }
    writer.writeCount(profile.team.count)
    for member in profile.team {
      writer.write(member.handle)
      writer.write(member.name)
      writer.write(member.role)
    }
    writer.writeCount(profile.assumedReasons.count)
    for reason in profile.assumedReasons { writer.write(reason) }
    writer.writeCount(profile.contacts.count)
    for contact in profile.contacts {
      writer.write(contact.id)
      writer.write(contact.name)
      writer.write(contact.title)
      writer.write(contact.level)
      writer.write(contact.reportsTo)
      writer.write(contact.invited != nil)
      if let invited = contact.invited { writer.write(invited.daysSinceEpoch) }
      writer.write(contact.hasLeft)
      writer.write(contact.position != nil)
      if let position = contact.position { writer.write(position) }
    }
    writer.write(profile.about)
    return writer.bytes[...]
  }

  /// Reads what `record` wrote.
  public static func decode(
    file: String, from reader: inout BinaryReader
  ) throws -> (AccountProfile, [Diagnostic]) {
    let diagnostics = try reader.readArray { try Diagnostic(file: file, from: &$0) }
    var profile = AccountProfile()
    profile.file = file
    profile.name = try reader.readOptionalString()
    guard let relationship = Relationship(rawValue: try reader.readString()),
      let status = AccountStatus(rawValue: try reader.readString())
    else { throw BinaryReader.Damaged() }
    profile.relationship = relationship
    profile.status = status
    profile.segment = try reader.readOptionalString()
    profile.value = try reader.readOptionalString()
    profile.since = try reader.readBool() ? Day(daysSinceEpoch: try reader.readInt()) : nil
    profile.team = try reader.readArray {
      TeamMember(
        handle: try $0.readString(), name: try $0.readString(), role: try $0.readOptionalString())
    }
    profile.assumedReasons = try reader.readArray { try $0.readString() }
    profile.contacts = try reader.readArray { reader in
      let id = try reader.readString()
      let name = try reader.readString()
      let title = try reader.readOptionalString()
      let level = try reader.readOptionalString()
      let reportsTo = try reader.readOptionalString()
      let invited = try reader.readBool() ? Day(daysSinceEpoch: try reader.readInt()) : nil
      let hasLeft = try reader.readBool()
      let position = try reader.readBool() ? try reader.readPosition() : nil
      return Contact(
        id: id, name: name, title: title, level: level, reportsTo: reportsTo, invited: invited,
        hasLeft: hasLeft,
        position: position)
    }
    profile.about = try reader.readOptionalString()
    return (profile, diagnostics)
  }
}
