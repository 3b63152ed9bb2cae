// The correct version of AuditVirtualThreadFireAndForget: the virtual thread's handle is kept and
// joined.
public class AuditVirtualThreadJoined {
  private final StringBuilder sink = new StringBuilder();

  void log(String entry) throws InterruptedException {
    Thread writer = Thread.ofVirtual().start(() -> write(entry));
    writer.join();
  }

  private synchronized void write(String entry) {
    sink.append(entry).append('\n');
  }
}
