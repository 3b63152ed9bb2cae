// A shard that exposes its mutex through an accessor and relocks it through that accessor.
// Real bug: lockOf() returns the mutex already held, and the second lock() throws
// DeadlockException. Missed on purpose: the value returned by a method has no identity the
// analysis can compare with the field.
import dev.gosafe.Mutex;

public class MutexFromAccessorRelocked {
  private final Mutex mu = new Mutex();
  private int size;

  Mutex lockOf() {
    return mu;
  }

  void grow() {
    mu.lock();
    try {
      size++;
      Mutex same = lockOf();
      // MISS: DoubleLock
      same.lock();
      try {
        size++;
      } finally {
        same.unlock();
      }
    } finally {
      mu.unlock();
    }
  }
}
