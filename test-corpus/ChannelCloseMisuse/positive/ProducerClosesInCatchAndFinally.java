// A producer that closes its channel in the catch block before rethrowing, and in finally.
// At run time: when production fails, the second close() throws ClosedChannelException, which
// replaces the original error.
import dev.gosafe.SendChan;
import java.util.List;

public class ProducerClosesInCatchAndFinally {
  void produce(List<String> rows, SendChan<Integer> out) {
    try {
      for (String r : rows) {
        out.send(Integer.parseInt(r));
      }
    } catch (RuntimeException e) {
      out.close();
      throw e;
    } finally {
      // BUG: Diagnostic contains: ChannelCloseMisuse
      out.close();
    }
  }
}
