// The correct version of ErrGroupAwaitedBeforeReadingResult: the result channel has room for the
// one value, so the task finishes and await() returns before the read.
import dev.gosafe.Chan;
import dev.gosafe.ErrGroup;

public class ErrGroupResultBuffered {
  String load(String key) {
    Chan<String> result = Chan.make(1);
    ErrGroup g = new ErrGroup();
    g.go(() -> result.send(query(key)));
    g.await();
    return result.recv();
  }

  private static String query(String key) {
    return "value-of-" + key;
  }
}
