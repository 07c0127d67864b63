#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Direct I/O (`O_DIRECT`) for the files a run writes in bulk: exports and spill files are
/// written once, in large blocks, and copying gigabytes of them through the page cache cost the
/// kernel more CPU than the whole extraction (at 100MB of input, about 30 of 65 CPU-seconds).
///
/// Direct I/O needs aligned memory, file offsets and lengths; callers write whole aligned blocks
/// with it on, and switch it off for a last, partial block. Where the file system or device
/// refuses it, `set` says so and the caller writes the ordinary way.
enum DirectIO {
  /// Memory, offset and length alignment that satisfies direct I/O on every common block size.
  static let alignment = 4096

  /// Turns direct I/O on or off for `descriptor`; whether that worked.
  static func set(_ descriptor: Int32, _ on: Bool) -> Bool {
    guard let flag else { return false }
    let flags = fcntl(descriptor, F_GETFL)
    guard flags >= 0 else { return false }
    return fcntl(descriptor, F_SETFL, on ? flags | flag : flags & ~flag) == 0
  }

  /// Writes all of `bytes` to `descriptor`, again where a write is interrupted. Where direct I/O
  /// is on (`isDirect`) and a device cannot meet it (`EINVAL`), or a write comes back short and
  /// leaves the offset unaligned, it is switched off and the rest written the ordinary way.
  /// False, with `errno` set, when a write fails.
  static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, isDirect: inout Bool) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EINVAL, isDirect, set(descriptor, false) {
          isDirect = false
          continue
        }
        return false
      }
      offset += written
      if offset < bytes.count, isDirect, set(descriptor, false) { isDirect = false }
    }
    return true
  }

  /// A buffer of `byteCount` bytes aligned for direct I/O; the caller deallocates it.
  static func allocate(byteCount: Int) -> UnsafeMutableRawBufferPointer {
    UnsafeMutableRawBufferPointer.allocate(byteCount: byteCount, alignment: alignment)
  }

  /// `O_DIRECT`, a macro Swift does not import; its value differs between architectures.
  private static let flag: Int32? = {
    #if os(Linux) && arch(x86_64)
      return 0o40_000
    #elseif os(Linux) && arch(arm64)
      return 0o200_000
    #else
      return nil
    #endif
  }()
}
