// A near miss of ChatRoomSelectWithoutDefaultUnderLock: the select has a default case, so it never
// blocks; holding the mutex for it is fine.
import dev.gosafe.Mutex;
import dev.gosafe.RecvChan;
import dev.gosafe.Select;
import java.util.ArrayList;
import java.util.List;

public class ChatRoomSelectWithDefaultUnderLock {
  private final Mutex mu = new Mutex();
  private final List<String> transcript = new ArrayList<>();
  private int idlePolls;

  void poll(RecvChan<String> messages) {
    mu.lock();
    try {
      Select.select(
          Select.recv(messages, m -> transcript.add(m)),
          Select.defaultCase(() -> idlePolls++));
    } finally {
      mu.unlock();
    }
  }
}
