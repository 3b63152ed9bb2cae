// The correct version of ReportTotalSentOnOwnUnbufferedChannel: a buffer of one lets the send
// complete before the same method receives.
import dev.gosafe.Chan;
import java.util.List;

public class ReportTotalSentOnBufferedChannel {
  long total(List<Long> amounts) {
    Chan<Long> totals = Chan.make(1);
    long sum = 0;
    for (long a : amounts) {
      sum += a;
    }
    totals.send(sum);
    return totals.recv();
  }
}
