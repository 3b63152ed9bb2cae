// The correct version of ThumbnailDoneOnlyOnSuccess: wg.go() adds 1, starts the task and calls
// done() when it ends, however it ends, so the counts always match.
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class ThumbnailWaitGroupGo {
  private final Set<String> rendered = ConcurrentHashMap.newKeySet();

  void renderAll(List<String> images) {
    WaitGroup wg = new WaitGroup();
    for (String img : images) {
      wg.go(() -> {
        if (img.endsWith(".png")) {
          rendered.add(img);
        }
      });
    }
    wg.await();
  }
}
