// The fixed version of GoBench GoKer moby#33781: the probe's result channel is buffered, so the
// probe finishes even after the monitor has stopped.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;

public class HealthMonitorProbeResultBuffered {
  private String health = "starting";

  void monitor() {
    Chan<String> result = Chan.make(1);
    Chan<Boolean> stop = Chan.make(1);
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
