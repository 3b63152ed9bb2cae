// The fixed version of GoBench GoKer cockroach#35073: the producer closes its row channel in a
// finally block, so a startup failure also ends the consumer's loop.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class FlowOutboxClosesRowsOnEveryPath {
  private int rowsSeen;

  void runFlow() {
    Chan<String> rows = Chan.make(2);
    Go.go(() -> {
      try {
        if (!connect()) {
          return;
        }
        rows.send("row-1");
        rows.send("row-2");
      } finally {
        rows.close();
      }
    });
    for (String row : rows) {
      rowsSeen += row.length();
    }
  }

  private static boolean connect() {
    return System.nanoTime() % 2 == 0;
  }
}
