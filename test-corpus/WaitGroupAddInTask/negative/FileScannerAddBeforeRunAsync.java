// The correct version of FileScannerAddInsideRunAsync: add(1) before each runAsync call.
import dev.gosafe.WaitGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

public class FileScannerAddBeforeRunAsync {
  private final Set<String> scanned = ConcurrentHashMap.newKeySet();

  void scan(List<String> files) {
    WaitGroup wg = new WaitGroup();
    List<CompletableFuture<Void>> scans = new ArrayList<>();
    for (String f : files) {
      wg.add(1);
      scans.add(CompletableFuture.runAsync(() -> {
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
