// A log shipper that numbers each line under a ReentrantLock and puts it on a bounded queue
// without releasing the lock.
// At run time: when the network sender is slow and the queue is full, put() blocks with the lock
// held; every logging thread then blocks on lock().
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

public class LogShipperQueuePutUnderLock {
  private final ReentrantLock lock = new ReentrantLock();
  private final BlockingQueue<String> outbox = new ArrayBlockingQueue<>(1024);
  private long sequence;

  void log(String line) throws InterruptedException {
    lock.lock();
    try {
      sequence++;
      // BUG: Diagnostic contains: BlockingUnderLock
      outbox.put(sequence + " " + line);
    } finally {
      lock.unlock();
    }
  }
}
