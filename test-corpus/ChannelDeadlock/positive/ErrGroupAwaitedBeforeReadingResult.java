// A loader runs its query in an ErrGroup and waits for the group before reading the query's
// result from an unbuffered channel.
// At run time: the task waits in send() for a receiver, the method waits in await() for the task.
import dev.gosafe.Chan;
import dev.gosafe.ErrGroup;

public class ErrGroupAwaitedBeforeReadingResult {
  String load(String key) {
    Chan<String> result = Chan.make();
    ErrGroup g = new ErrGroup();
    g.go(() -> {
      // BUG: Diagnostic contains: ChannelDeadlock
      result.send(query(key));
    });
    g.await();
    return result.recv();
  }

  private static String query(String key) {
    return "value-of-" + key;
  }
}
