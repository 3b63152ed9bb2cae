// The correct version of SynchronousQueueHandoffBeforeWorkerStarts: the worker is running before
// the job is handed over, so put() meets its take().
import java.util.concurrent.SynchronousQueue;

public class SynchronousQueueWorkerStartedFirst {
  private int done;

  void runFirst(String job) throws InterruptedException {
    SynchronousQueue<String> handoff = new SynchronousQueue<>();
    Thread worker = new Thread(() -> {
      try {
        done += handoff.take().length();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    worker.start();
    handoff.put(job);
    worker.join();
  }
}
