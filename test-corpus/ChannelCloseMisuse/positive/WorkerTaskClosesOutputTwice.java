// A worker task that closes its output when the input is exhausted, and again in its finally.
// At run time: the task ends with ClosedChannelException, which join() rethrows to the caller.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;
import java.util.List;

public class WorkerTaskClosesOutputTwice {
  int squares(List<Integer> input) {
    Chan<Integer> out = Chan.make(input.size() + 1);
    Task t = Go.go(() -> {
      try {
        for (int x : input) {
          out.send(x * x);
        }
        out.close();
      } finally {
        // BUG: Diagnostic contains: ChannelCloseMisuse
        out.close();
      }
    });
    t.join();
    int sum = 0;
    for (int v : out) {
      sum += v;
    }
    return sum;
  }
}
