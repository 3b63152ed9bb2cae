// A chat room that waits for the next message or the quit signal with a select that has no default
// case, while holding the room mutex.
// At run time: while the room is quiet, select blocks with mu held and members cannot join or
// leave.
import dev.gosafe.Mutex;
import dev.gosafe.RecvChan;
import dev.gosafe.Select;
import java.util.ArrayList;
import java.util.List;

public class ChatRoomSelectWithoutDefaultUnderLock {
  private final Mutex mu = new Mutex();
  private final List<String> transcript = new ArrayList<>();
  private boolean closed;

  void pump(RecvChan<String> messages, RecvChan<Void> quit) {
    mu.lock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      Select.select(
          Select.recv(messages, m -> transcript.add(m)),
          Select.recv(quit, v -> closed = true));
    } finally {
      mu.unlock();
    }
  }
}
