// Pattern after GoBench GoKer cockroach#35073 (outbox / RowChannel): the producer can fail during
// startup and return without closing its row channel.
// At run time: on that path the consumer's for-each waits forever for rows or a close.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class FlowOutboxFailsStartupWithoutClosingRows {
  private int rowsSeen;

  void runFlow() {
    Chan<String> rows = Chan.make(2);
    Go.go(() -> {
      if (!connect()) {
        return;
      }
      rows.send("row-1");
      rows.send("row-2");
      rows.close();
    });
    // BUG: Diagnostic contains: ChannelDeadlock
    for (String row : rows) {
      rowsSeen += row.length();
    }
  }

  private static boolean connect() {
    return System.nanoTime() % 2 == 0;
  }
}
