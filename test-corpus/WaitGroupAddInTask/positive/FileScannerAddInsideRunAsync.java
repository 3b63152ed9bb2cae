// A virus scanner that scans files with CompletableFuture.runAsync; each scan registers itself
// with wg.add(1) when it starts.
// At run time: await() may see zero before any scan started, and the report says "clean" while
// scans are still running.
import dev.gosafe.WaitGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

public class FileScannerAddInsideRunAsync {
  private final Set<String> scanned = ConcurrentHashMap.newKeySet();

  void scan(List<String> files) {
    WaitGroup wg = new WaitGroup();
    List<CompletableFuture<Void>> scans = new ArrayList<>();
    for (String f : files) {
      scans.add(CompletableFuture.runAsync(() -> {
        // BUG: Diagnostic contains: WaitGroupAddInTask
        wg.add(1);
        try {
          scanned.add(f);
        } finally {
          wg.done();
        }
      }));
    }
    wg.await();
    CompletableFuture.allOf(scans.toArray(new CompletableFuture<?>[0])).join();
  }
}
