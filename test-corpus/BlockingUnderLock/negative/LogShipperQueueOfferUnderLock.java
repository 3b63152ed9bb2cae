// A near miss of LogShipperQueuePutUnderLock: under the lock it uses offer(), which never blocks
// (it returns false when the queue is full and the line is counted as dropped).
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

public class LogShipperQueueOfferUnderLock {
  private final ReentrantLock lock = new ReentrantLock();
  private final BlockingQueue<String> outbox = new ArrayBlockingQueue<>(1024);
  private long sequence;
  private long dropped;

  void log(String line) {
    lock.lock();
    try {
      sequence++;
      if (!outbox.offer(sequence + " " + line)) {
        dropped++;
      }
    } finally {
      lock.unlock();
    }
  }
}
