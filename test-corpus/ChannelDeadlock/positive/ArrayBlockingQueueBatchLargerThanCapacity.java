// An uploader queues a batch of three files in an ArrayBlockingQueue of capacity 2 before the
// uploading thread exists.
// At run time: the third put() waits for space that only the not-yet-started consumer would free.
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

public class ArrayBlockingQueueBatchLargerThanCapacity {
  private long uploaded;

  void upload() throws InterruptedException {
    BlockingQueue<String> pending = new ArrayBlockingQueue<>(2);
    pending.put("a.log");
    pending.put("b.log");
    // BUG: Diagnostic contains: ChannelDeadlock
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
