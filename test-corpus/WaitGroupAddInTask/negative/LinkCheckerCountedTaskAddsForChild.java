// A link checker: the caller adds 1 for the page task; the page task, while still counted, adds 1
// for each link task before starting it. The counter cannot reach zero before every add, so this
// add inside a task is safe (it counts another task, not itself).
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class LinkCheckerCountedTaskAddsForChild {
  private final Set<String> checked = ConcurrentHashMap.newKeySet();

  void check(String page, List<String> links) {
    WaitGroup wg = new WaitGroup();
    wg.add(1);
    Go.go(() -> {
      try {
        checked.add(page);
        for (String link : links) {
          wg.add(1);
          Go.go(() -> {
            try {
              checked.add(link);
            } finally {
              wg.done();
            }
          });
        }
      } finally {
        wg.done();
      }
    });
    wg.await();
  }
}
