// The correct version of JobDispatcherQueueTakeUnderLock: take() blocks without the lock; the
// counter is updated under the lock afterwards.
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

public class JobDispatcherTakeThenLock {
  private final ReentrantLock lock = new ReentrantLock();
  private final BlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();
  private int inFlight;

  Runnable next() throws InterruptedException {
    Runnable job = jobs.take();
    lock.lock();
    try {
      inFlight++;
    } finally {
      lock.unlock();
    }
    return job;
  }
}
