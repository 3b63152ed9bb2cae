// A job runner hands the first job to its worker through a SynchronousQueue before it starts the
// worker.
// At run time: put() on a SynchronousQueue waits for a taker, and the only taker is started after
// it, so the runner blocks forever.
import java.util.concurrent.SynchronousQueue;

public class SynchronousQueueHandoffBeforeWorkerStarts {
  private int done;

  void runFirst(String job) throws InterruptedException {
    SynchronousQueue<String> handoff = new SynchronousQueue<>();
    // BUG: Diagnostic contains: ChannelDeadlock
    handoff.put(job);
    Thread worker = new Thread(() -> {
      try {
        done += handoff.take().length();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    worker.start();
    worker.join();
  }
}
