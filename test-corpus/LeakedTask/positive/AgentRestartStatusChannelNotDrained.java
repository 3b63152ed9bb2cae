// Pattern after GoBench GoKer istio#17860 (agent restart): two runs report on an unbuffered status
// channel but the agent reads only one status.
// At run time: whichever run reports second blocks forever in statusCh.send().
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class AgentRestartStatusChannelNotDrained {
  private int lastExit;

  void restart() {
    Chan<Integer> statusCh = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> statusCh.send(runEnvoy(1)));
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> statusCh.send(runEnvoy(2)));
    lastExit = statusCh.recv();
  }

  private static int runEnvoy(int epoch) {
    return epoch * 10;
  }
}
