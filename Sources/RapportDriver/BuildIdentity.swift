import RapportNotebook
import RapportSystem

/// What identifies this build of rapport for caches: its version and its executable's fingerprint.
///
/// The fingerprint makes a rebuilt binary (even without a version bump) distrust caches and page
/// manifests written by another build.
public enum BuildIdentity {
  public static let current: String = {
    let executable = FileSystem.fingerprint("/proc/self/exe")
    return RapportVersion.current + "+" + String(executable?.size ?? 0) + "."
      + String(executable?.modified ?? 0)
  }()
}
