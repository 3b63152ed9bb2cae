// The correct version of ArrayBlockingQueueBatchLargerThanCapacity: the queue holds the whole
// batch, so every put() completes before the uploader starts.
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

public class ArrayBlockingQueueSizedToBatch {
  private long uploaded;

  void upload() throws InterruptedException {
    BlockingQueue<String> pending = new ArrayBlockingQueue<>(3);
    pending.put("a.log");
    pending.put("b.log");
    pending.put("c.log");
    Thread uploader = new Thread(() -> {
      try {
        uploaded += pending.take().length();
        uploaded += pending.take().length();
        uploaded += pending.take().length();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    uploader.start();
    uploader.join();
  }
}
