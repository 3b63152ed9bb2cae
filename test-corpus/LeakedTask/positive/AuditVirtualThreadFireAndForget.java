// An audit logger writes each entry on a new virtual thread whose handle it throws away.
// At run time: entries may still be written after log() returns, and a failing write is lost.
public class AuditVirtualThreadFireAndForget {
  private final StringBuilder sink = new StringBuilder();

  void log(String entry) {
    // BUG: Diagnostic contains: LeakedTask
    Thread.ofVirtual().start(() -> write(entry));
  }

  private synchronized void write(String entry) {
    sink.append(entry).append('\n');
  }
}
