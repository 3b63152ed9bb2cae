// A relay that closes its output in the quit case of a select and then closes it again on the way
// out.
// At run time: when quit is chosen, the second close() throws ClosedChannelException.
import dev.gosafe.RecvChan;
import dev.gosafe.Select;
import dev.gosafe.SendChan;

public class QuitCaseClosesThenShutdownClosesAgain {
  private int relayed;

  void relayOnce(RecvChan<String> in, RecvChan<Void> quit, SendChan<String> out) {
    Select.select(
        Select.recv(in, msg -> relayed++),
        Select.recv(quit, v -> out.close()));
    // BUG: Diagnostic contains: ChannelCloseMisuse
    out.close();
  }
}
