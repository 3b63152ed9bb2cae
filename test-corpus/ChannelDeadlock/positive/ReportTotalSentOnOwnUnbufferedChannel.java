// A report builder hands its total to itself through an unbuffered channel.
// At run time: send() on an unbuffered channel waits for a receiver, and the only receiver is the
// same method one line later, so the method blocks forever.
import dev.gosafe.Chan;
import java.util.List;

public class ReportTotalSentOnOwnUnbufferedChannel {
  long total(List<Long> amounts) {
    Chan<Long> totals = Chan.make();
    long sum = 0;
    for (long a : amounts) {
      sum += a;
    }
    // BUG: Diagnostic contains: ChannelDeadlock
    totals.send(sum);
    return totals.recv();
  }
}
