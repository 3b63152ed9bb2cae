// A mailbox that closes its buffered channel and then drains it with recvOk() until it reports
// closed: receiving after close is allowed and returns the buffered values first.
import dev.gosafe.Chan;
import dev.gosafe.Recv;
import java.util.ArrayList;
import java.util.List;

public class DrainWithRecvOkAfterClose {
  List<String> closeAndDrain(String last) {
    Chan<String> box = Chan.make(2);
    box.send(last);
    box.close();
    List<String> drained = new ArrayList<>();
    while (true) {
      Recv<String> r = box.recvOk();
      if (!r.ok()) {
        break;
      }
      drained.add(r.valueOrNull());
    }
    return drained;
  }
}
