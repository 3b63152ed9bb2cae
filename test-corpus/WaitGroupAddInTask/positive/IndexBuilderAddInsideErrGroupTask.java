// An index builder that runs its segment builders in an ErrGroup and also tracks them with a
// WaitGroup, whose add(1) is inside each builder.
// At run time: wg.await() can return before the builders have registered, so "all segments
// built" is logged too early.
import dev.gosafe.ErrGroup;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class IndexBuilderAddInsideErrGroupTask {
  private final Set<String> built = ConcurrentHashMap.newKeySet();

  void build(List<String> segments) {
    WaitGroup wg = new WaitGroup();
    ErrGroup g = new ErrGroup();
    for (String s : segments) {
      g.go(() -> {
        // BUG: Diagnostic contains: WaitGroupAddInTask
        wg.add(1);
        try {
          built.add(s);
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
    System.out.println("all segments built");
    g.await();
  }
}
