// The fixed version of the cockroach#1055 Stopper pattern: Stop() closes the stop channel first and
// then waits for the tasks, which are now able to finish.
import dev.gosafe.Chan;
import dev.gosafe.WaitGroup;

public class StopperSignalsStopBeforeAwaiting {
  private int stopped;

  void stop() {
    Chan<Boolean> stopper = Chan.make();
    WaitGroup wg = new WaitGroup();
    wg.go(() -> {
      stopper.recv();
      stopped++;
    });
    stopper.close();
    wg.await();
  }
}
