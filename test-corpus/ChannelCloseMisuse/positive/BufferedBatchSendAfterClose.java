// A batch builder that fills a local buffered channel, closes it to mark the batch complete, and
// then adds a late item.
// At run time: the late send() throws ClosedChannelException.
import dev.gosafe.Chan;
import java.util.ArrayList;
import java.util.List;

public class BufferedBatchSendAfterClose {
  List<String> batch(String first, String second, String late) {
    Chan<String> buf = Chan.make(4);
    buf.send(first);
    buf.send(second);
    buf.close();
    // BUG: Diagnostic contains: ChannelCloseMisuse
    buf.send(late);
    List<String> out = new ArrayList<>();
    for (String s : buf) {
      out.add(s);
    }
    return out;
  }
}
