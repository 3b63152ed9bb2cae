// The fixed version of GoBench GoKer istio#17860: the status channel has a slot per run, so the
// run that reports second does not wait for a reader.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class AgentRestartStatusBufferedPerRun {
  private int lastExit;

  void restart() {
    Chan<Integer> statusCh = Chan.make(2);
    Go.go(() -> statusCh.send(runEnvoy(1)));
    Go.go(() -> statusCh.send(runEnvoy(2)));
    lastExit = statusCh.recv();
  }

  private static int runEnvoy(int epoch) {
    return epoch * 10;
  }
}
