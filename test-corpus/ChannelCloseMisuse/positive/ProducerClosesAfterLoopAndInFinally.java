// A CSV producer that closes its output channel after the last line and, to be safe on errors,
// again in finally.
// At run time: on the normal path the channel is closed twice; the second close() throws
// ClosedChannelException out of the producer.
import dev.gosafe.SendChan;
import java.util.List;

public class ProducerClosesAfterLoopAndInFinally {
  void produce(List<String> lines, SendChan<String> out) {
    try {
      for (String line : lines) {
        out.send(line.strip());
      }
      out.close();
    } finally {
      // BUG: Diagnostic contains: ChannelCloseMisuse
      out.close();
    }
  }
}
