// A client that takes the first reply from a primary or a backup server, giving up after 100 ms
// with a timeout case. Correct: select with an after() case always completes.
import dev.gosafe.RecvChan;
import dev.gosafe.Select;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

public class SelectWithTimeout {
  String firstReply(RecvChan<String> primary, RecvChan<String> backup) {
    AtomicReference<String> reply = new AtomicReference<>("timeout");
    Select.select(
        Select.recv(primary, r -> reply.set("primary:" + r)),
        Select.recv(backup, r -> reply.set("backup:" + r)),
        Select.after(Duration.ofMillis(100), () -> { }));
    return reply.get();
  }
}
