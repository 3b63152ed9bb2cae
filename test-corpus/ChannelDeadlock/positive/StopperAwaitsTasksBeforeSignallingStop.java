// Pattern after GoBench GoKer cockroach#1055 (Stopper): Stop() waits for the running tasks before
// it closes the channel that tells them to stop.
// At run time: each task waits on stopper, the method waits in wg.await(): a wait cycle.
import dev.gosafe.Chan;
import dev.gosafe.WaitGroup;

public class StopperAwaitsTasksBeforeSignallingStop {
  private int stopped;

  void stop() {
    Chan<Boolean> stopper = Chan.make();
    WaitGroup wg = new WaitGroup();
    wg.go(() -> {
      // BUG: Diagnostic contains: ChannelDeadlock
      stopper.recv();
      stopped++;
    });
    wg.await();
    stopper.close();
  }
}
