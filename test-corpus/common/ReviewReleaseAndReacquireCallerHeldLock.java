// Reproduces a false UnlockWithoutLock and a false LockNotReleased found by the review run over
// the JDK's java.util.concurrent sources (PriorityBlockingQueue.tryGrow): a helper documented as
// "call only while holding lock" drops the caller's lock around a slow allocation and takes it
// back before returning. Its first unlock() releases the caller's hold, and holding the lock at
// the end is its contract; and offer() calls it between lock() and try, which is no leak either,
// because whatever grow() throws it throws with the lock released. So no finding is expected.
import java.util.concurrent.locks.ReentrantLock;

public class ReviewReleaseAndReacquireCallerHeldLock {
  private final ReentrantLock lock = new ReentrantLock();
  private Object[] queue = new Object[2];
  private int size;

  public void offer(Object e) {
    lock.lock();
    while (size >= queue.length) {
      grow(queue); // drops and retakes lock: if it throws, it does so with lock released
    }
    try {
      queue[size++] = e;
    } finally {
      lock.unlock();
    }
  }

  /** Call only while holding lock. */
  private void grow(Object[] array) {
    lock.unlock(); // must release and then re-acquire the lock
    Object[] bigger = new Object[array.length * 2];
    lock.lock();
    if (queue == array) {
      System.arraycopy(array, 0, bigger, 0, array.length);
      queue = bigger;
    }
  }

  public static void main(String[] args) {
    ReviewReleaseAndReacquireCallerHeldLock q = new ReviewReleaseAndReacquireCallerHeldLock();
    for (int i = 0; i < 5; i++) {
      q.offer(i);
    }
    System.out.println(q.size);
  }
}
