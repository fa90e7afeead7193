import RapportRendering
import RapportSystem

/// Reads the template files that replace built-in ones: `--templates DIR`, else a `templates`
/// folder in the notebook.
enum TemplateFolder {
  /// The templates for a notebook: built-in, replaced file by file from `folder` (as the user named
  /// it) or, without one, from the notebook's own `templates` folder.
  static func sources(folder: String?, notebook: String) -> TemplateSources {
    let own = notebook + "/templates"
    let chosen = folder ?? (FileSystem.isDirectory(own) ? own : nil)
    guard let chosen else { return TemplateSources() }
    // The notebook's own folder travels with the notebook: as a link leading out of it, it could
    // publish whatever lies there.
    let leadsOut = folder == nil && !Paths.isInside(own, notebook)
    return TemplateSources(replacements: files(in: chosen, refusingAll: leadsOut))
  }

  /// Every `*.mustache` file in `folder`, named by the folder's path as given.
  static func files(in folder: String, refusingAll: Bool = false) -> [TemplateFile] {
    var files: [TemplateFile] = []
    var buffer: [UInt8] = []
    let home = Paths.real(folder)
    for entry in FileSystem.list(folder) ?? [] where entry.isFile {
      guard entry.name.hasSuffix(".mustache") else { continue }
      let path = folder + "/" + entry.name
      let name = String(entry.name.dropLast(".mustache".count))
      // A template is published with every page: a link from a notebook's shared folder to
      // `/etc/passwd`, a key, or a confidential note must not be read.
      let refusal: String? =
        refusingAll
        ? "the notebook's templates folder is a link leading out of the notebook, so no template in it is read; make it a folder, or pass --templates"
        : home != nil && Paths.real(path).map({ Paths.parent($0) != home }) == true
          ? "this template is a link to a file outside its folder, so it is not read; copy the file into the folder instead"
          : nil
      if let refusal {
        files.append(TemplateFile(name: name, text: nil, path: path, refusal: refusal))
        continue
      }
      var text: String? = nil
      if case .success = FileSystem.read(path, into: &buffer, maxBytes: 16 << 20) {
        text = String(validating: buffer, as: UTF8.self)
      }
      files.append(TemplateFile(name: name, text: text, path: path))
    }
    return files
  }
}
