// A fan-out over a list starts one task per element and then receives one result too many
// (<= instead of <), so the last recv() blocks forever.
// Missed on purpose: the number of iterations of both loops depends on the list's size, which the
// model does not know; the explorer stays silent about channels used in such loops.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import java.util.List;

public class FanOutOverListReceivesOneTooMany {
  int totalLength(List<String> words) {
    Chan<Integer> lengths = Chan.make();
    for (String w : words) {
      Go.go(() -> lengths.send(w.length()));
    }
    int total = 0;
    for (int i = 0; i <= words.size(); i++) {
      // MISS: ChannelDeadlock
      total += lengths.recv();
    }
    return total;
  }
}
