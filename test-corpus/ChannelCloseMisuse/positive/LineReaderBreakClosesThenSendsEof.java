// A line reader that closes its channel and breaks at the first blank line, then sends an EOF
// marker after the loop.
// At run time: input with a blank line closes the channel before the EOF send, which throws
// ClosedChannelException.
import dev.gosafe.SendChan;
import java.util.List;

public class LineReaderBreakClosesThenSendsEof {
  void read(List<String> lines, SendChan<String> out) {
    for (String line : lines) {
      if (line.isBlank()) {
        out.close();
        break;
      }
      out.send(line);
    }
    // BUG: Diagnostic contains: ChannelCloseMisuse
    out.send("EOF");
  }
}
