import CLibXML2

/// libxml2 sets up its globals on first use; exporters that run on several threads at once need
/// that done once, before them.
public enum XMLLibrary {
  public static func prepareForThreads() { xmlInitParser() }
}

/// Where a libxml2 output buffer's bytes go, and the first error the sink raised.
final class WriteContext {
  let sink: any ByteSink
  // Read after every libxml2 call and written only by the callback on this thread; the dynamic
  // exclusivity check on it cost more than the call it guarded.
  @exclusivity(unchecked) var error: (any Error)?

  init(sink: any ByteSink) { self.sink = sink }
}

func writeCallback(
  _ context: UnsafeMutableRawPointer?, _ buffer: UnsafePointer<CChar>?, _ length: Int32
) -> Int32 {
  guard let context, let buffer else { return -1 }
  // libxml2 flushes once more, with nothing to write, when the writer is freed — after the
  // exporter has closed its sink; that is not a write.
  if length == 0 { return 0 }
  let box = Unmanaged<WriteContext>.fromOpaque(context).takeUnretainedValue()
  if box.error != nil { return -1 }
  do {
    try box.sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
    return length
  } catch {
    box.error = error
    return -1
  }
}

/// A libxml2 output buffer that hands its bytes to `context`'s sink. No encoder: the bytes are
/// UTF-8 already, and the output is UTF-8.
func makeOutputBuffer(writingTo context: WriteContext, format: String) throws -> xmlOutputBufferPtr {
  let opaque = Unmanaged.passUnretained(context).toOpaque()
  guard let buffer = xmlOutputBufferCreateIO(writeCallback, nil, opaque, nil) else {
    throw ExportError.io(path: format, reason: "libxml2 could not create an output buffer")
  }
  return buffer
}

/// libxml2's deallocator: `xmlFree` is a global variable, which Swift 6 does not let code read
/// directly; `xmlMemGet` hands out the same function.
let freeXMLMemory: @convention(c) (UnsafeMutableRawPointer?) -> Void = {
  var free: xmlFreeFunc?
  guard xmlMemGet(&free, nil, nil, nil) == 0, let free else { fatalError("libxml2 has no deallocator") }
  return free
}()
