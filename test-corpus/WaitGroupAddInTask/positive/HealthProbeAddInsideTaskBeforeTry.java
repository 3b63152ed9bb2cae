// A health endpoint that probes every dependency in its own task; the probe task calls
// wg.add(1) before its try/finally.
// At run time: the endpoint can answer "healthy" before any probe has registered or finished.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class HealthProbeAddInsideTaskBeforeTry {
  private final Map<String, Boolean> up = new ConcurrentHashMap<>();

  Map<String, Boolean> probe(List<String> dependencies) {
    WaitGroup wg = new WaitGroup();
    for (String d : dependencies) {
      Go.go(() -> {
        // BUG: Diagnostic contains: WaitGroupAddInTask
        wg.add(1);
        try {
          up.put(d, !d.isEmpty());
        } finally {
          wg.done();
        }
      });
    }
    wg.await();
    return Map.copyOf(up);
  }
}
