// The correct version of ProducerClosesAfterLoopAndInFinally: the channel is closed exactly once,
// in finally, on the normal and the exceptional path.
import dev.gosafe.SendChan;
import java.util.List;

public class ProducerClosesOnceInFinally {
  void produce(List<String> lines, SendChan<String> out) {
    try {
      for (String line : lines) {
        out.send(line.strip());
      }
    } finally {
      out.close();
    }
  }
}
