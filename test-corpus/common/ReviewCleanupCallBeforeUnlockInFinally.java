// Reproduces a false LockNotReleased ("lock stays locked if peek() throws") found by the review
// run over the JDK's java.util.concurrent sources (DelayQueue.take/poll,
// ScheduledThreadPoolExecutor.DelayedWorkQueue.take/poll, ArrayBlockingQueue.Itr.forEachRemaining):
// the finally block does some cleanup (signal the next waiter, detach an iterator) and then
// unlocks. The release is in a finally; an exception from the cleanup itself is not what the rule
// is about, so no finding is expected.
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class ReviewCleanupCallBeforeUnlockInFinally {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition available = lock.newCondition();
  private final PriorityQueue<Long> deadlines = new PriorityQueue<>();
  private Thread leader;

  public long takeExpired() throws InterruptedException {
    final ReentrantLock lock = this.lock;
    lock.lockInterruptibly();
    try {
      for (;;) {
        Long first = deadlines.peek();
        if (first == null) {
          available.await();
        } else if (first <= System.nanoTime()) {
          return deadlines.poll();
        } else {
          leader = Thread.currentThread();
          available.awaitNanos(first - System.nanoTime());
          leader = null;
        }
      }
    } finally {
      if (leader == null && deadlines.peek() != null) {
        available.signal();
      }
      lock.unlock();
    }
  }

  public void add(long deadline) {
    lock.lock();
    try {
      deadlines.add(deadline);
      available.signal();
    } finally {
      detachIterators();
      lock.unlock();
    }
  }

  private void detachIterators() {
    leader = null;
  }

  public static void main(String[] args) throws InterruptedException {
    ReviewCleanupCallBeforeUnlockInFinally q = new ReviewCleanupCallBeforeUnlockInFinally();
    q.add(System.nanoTime());
    System.out.println(q.takeExpired() > 0);
  }
}
