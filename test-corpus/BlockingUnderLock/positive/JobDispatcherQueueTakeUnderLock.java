// A job dispatcher that takes the next job from a blocking queue while holding its lock, so the
// "in flight" counter and the job stay consistent.
// At run time: when the queue is empty, take() blocks with the lock held; inFlight() and every
// producer that needs the lock wait until a job arrives, which may be never.
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

public class JobDispatcherQueueTakeUnderLock {
  private final ReentrantLock lock = new ReentrantLock();
  private final BlockingQueue<Runnable> jobs = new LinkedBlockingQueue<>();
  private int inFlight;

  Runnable next() throws InterruptedException {
    lock.lock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      Runnable job = jobs.take();
      inFlight++;
      return job;
    } finally {
      lock.unlock();
    }
  }

  int inFlight() {
    lock.lock();
    try {
      return inFlight;
    } finally {
      lock.unlock();
    }
  }
}
