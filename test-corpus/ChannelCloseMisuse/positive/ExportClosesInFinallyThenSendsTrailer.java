// An exporter that closes the record channel in finally and then sends the trailer record.
// At run time: the trailer send() always throws ClosedChannelException.
import dev.gosafe.SendChan;
import java.util.List;

public class ExportClosesInFinallyThenSendsTrailer {
  void export(List<String> records, SendChan<String> out) {
    try {
      for (String r : records) {
        out.send(r);
      }
    } finally {
      out.close();
    }
    // BUG: Diagnostic contains: ChannelCloseMisuse
    out.send("TRAILER " + records.size());
  }
}
