// Fan-out/fan-in: one wg.go() task per input sends its result to a channel with room for all of
// them; after wg.await() the caller closes the channel and collects. Correct: wg.go() balances the
// counter, no send can block, and the channel is closed after every sender finished.
import dev.gosafe.Chan;
import dev.gosafe.WaitGroup;
import java.util.ArrayList;
import java.util.List;

public class FanOutFanInWithWaitGroupGo {
  static List<String> upperAll(List<String> words) {
    Chan<String> out = Chan.make(words.size());
    WaitGroup wg = new WaitGroup();
    for (String w : words) {
      wg.go(() -> out.send(w.toUpperCase()));
    }
    wg.await();
    out.close();
    List<String> all = new ArrayList<>();
    for (String s : out) {
      all.add(s);
    }
    return all;
  }
}
