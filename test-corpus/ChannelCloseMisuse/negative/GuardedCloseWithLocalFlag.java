// A fetcher that may close its output early on an error and records that in a local flag; the
// final close is guarded by the flag, so the channel is closed once on every path.
import dev.gosafe.SendChan;
import java.util.List;

public class GuardedCloseWithLocalFlag {
  void fetch(List<String> urls, SendChan<String> out) {
    boolean closed = false;
    for (String u : urls) {
      if (u.isEmpty()) {
        out.close();
        closed = true;
        break;
      }
      out.send(u);
    }
    if (!closed) {
      out.close();
    }
  }
}
