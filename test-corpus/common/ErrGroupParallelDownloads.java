// Parallel downloads with an ErrGroup: each download is a group task and await() waits for all of
// them, rethrowing the first failure. Correct: every task is awaited.
import dev.gosafe.ErrGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class ErrGroupParallelDownloads {
  Map<String, Integer> downloadAll(List<String> files) {
    Map<String, Integer> sizes = new ConcurrentHashMap<>();
    ErrGroup g = new ErrGroup();
    for (String f : files) {
      g.go(() -> {
        if (f.isEmpty()) {
          throw new IllegalArgumentException("empty file name");
        }
        sizes.put(f, f.length() * 1024);
      });
    }
    g.await();
    return sizes;
  }
}
