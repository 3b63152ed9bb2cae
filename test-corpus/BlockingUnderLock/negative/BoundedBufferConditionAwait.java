// A bounded buffer built from a ReentrantLock and two Conditions: Condition.await() releases the
// lock while waiting, so producers and consumers never block each other under the lock.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class BoundedBufferConditionAwait {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notFull = lock.newCondition();
  private final Condition notEmpty = lock.newCondition();
  private final Deque<String> items = new ArrayDeque<>();
  private final int capacity = 8;

  void put(String item) throws InterruptedException {
    lock.lock();
    try {
      while (items.size() == capacity) {
        notFull.await();
      }
      items.addLast(item);
      notEmpty.signal();
    } finally {
      lock.unlock();
    }
  }

  String take() throws InterruptedException {
    lock.lock();
    try {
      while (items.isEmpty()) {
        notEmpty.await();
      }
      String item = items.removeFirst();
      notFull.signal();
      return item;
    } finally {
      lock.unlock();
    }
  }
}
