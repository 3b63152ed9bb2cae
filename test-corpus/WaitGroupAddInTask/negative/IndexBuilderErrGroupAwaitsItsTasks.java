// The correct version of IndexBuilderAddInsideErrGroupTask: the ErrGroup already waits for its
// tasks, so no WaitGroup is needed.
import dev.gosafe.ErrGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class IndexBuilderErrGroupAwaitsItsTasks {
  private final Set<String> built = ConcurrentHashMap.newKeySet();

  void build(List<String> segments) {
    ErrGroup g = new ErrGroup();
    for (String s : segments) {
      g.go(() -> built.add(s));
    }
    g.await();
    System.out.println("all segments built");
  }
}
