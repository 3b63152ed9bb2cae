// The correct version of BufferedBatchSendAfterClose: all items are sent before the close, and
// receiving from the closed channel afterwards drains the buffer, which is allowed.
import dev.gosafe.Chan;
import java.util.ArrayList;
import java.util.List;

public class BufferedBatchDrainAfterClose {
  List<String> batch(String first, String second, String late) {
    Chan<String> buf = Chan.make(4);
    buf.send(first);
    buf.send(second);
    buf.send(late);
    buf.close();
    List<String> out = new ArrayList<>();
    for (String s : buf) {
      out.add(s);
    }
    return out;
  }
}
