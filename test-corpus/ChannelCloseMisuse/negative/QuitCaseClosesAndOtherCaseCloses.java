// The correct version of QuitCaseClosesThenShutdownClosesAgain: each select case closes the
// output itself, so whichever case runs, the channel is closed once.
import dev.gosafe.RecvChan;
import dev.gosafe.Select;
import dev.gosafe.SendChan;

public class QuitCaseClosesAndOtherCaseCloses {
  private int relayed;

  void relayOnce(RecvChan<String> in, RecvChan<Void> quit, SendChan<String> out) {
    Select.select(
        Select.recv(in, msg -> {
          relayed++;
          out.close();
        }),
        Select.recv(quit, v -> out.close()));
  }
}
