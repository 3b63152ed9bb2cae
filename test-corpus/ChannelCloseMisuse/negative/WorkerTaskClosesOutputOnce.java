// The correct version of WorkerTaskClosesOutputTwice: the task closes its output once, in finally;
// the caller joins it and then drains the channel.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;
import java.util.List;

public class WorkerTaskClosesOutputOnce {
  int squares(List<Integer> input) {
    Chan<Integer> out = Chan.make(input.size() + 1);
    Task t = Go.go(() -> {
      try {
        for (int x : input) {
          out.send(x * x);
        }
      } finally {
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
