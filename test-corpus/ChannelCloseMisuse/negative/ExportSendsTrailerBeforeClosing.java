// The correct version of ExportClosesInFinallyThenSendsTrailer: the trailer is sent inside the try,
// before finally closes the channel.
import dev.gosafe.SendChan;
import java.util.List;

public class ExportSendsTrailerBeforeClosing {
  void export(List<String> records, SendChan<String> out) {
    try {
      for (String r : records) {
        out.send(r);
      }
      out.send("TRAILER " + records.size());
    } finally {
      out.close();
    }
  }
}
