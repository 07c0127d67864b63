/// Values a command keeps, on purpose, until its process exits.
///
/// Freeing the graph of a large run is millions of small deallocations, on one core, after every
/// file is written: half a second at 100 MB of input, with nothing left to do but exit. A command
/// that exits right after its run hands the graph here, and the kernel takes the memory back
/// whole. Library callers, and anything that runs more than once in a process, free it as usual.
public enum KeptUntilExit {
  private final class Box<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  /// Holds `value` for the rest of the process's life.
  public static func keep<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Box(value))
  }
}
