// Pattern after GoBench GoKer moby#33781 (health monitor): the monitor returns when it is told to
// stop, leaving the running probe with nobody to receive its result.
// At run time: the probe blocks forever in result.send().
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;

public class HealthMonitorStopsBeforeProbeResult {
  private String health = "starting";

  void monitor() {
    Chan<String> result = Chan.make();
    Chan<Boolean> stop = Chan.make(1);
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> result.send(probe()));
    Go.go(() -> stop.send(true));
    Select.select(
        Select.recv(result, r -> health = r),
        Select.recv(stop, s -> health = "stopped"));
  }

  private static String probe() {
    return "healthy";
  }
}
