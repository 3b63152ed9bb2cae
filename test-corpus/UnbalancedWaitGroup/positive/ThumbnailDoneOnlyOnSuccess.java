// A thumbnail generator whose tasks call done() only when the image was rendered.
// At run time: any image that fails to render leaves the counter above zero; await() blocks
// forever.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class ThumbnailDoneOnlyOnSuccess {
  private final Set<String> rendered = ConcurrentHashMap.newKeySet();

  void renderAll(List<String> images) {
    WaitGroup wg = new WaitGroup();
    for (String img : images) {
      // BUG: Diagnostic contains: UnbalancedWaitGroup
      wg.add(1);
      Go.go(() -> {
        boolean ok = img.endsWith(".png");
        if (ok) {
          rendered.add(img);
          wg.done();
        }
      });
    }
    wg.await();
  }
}
