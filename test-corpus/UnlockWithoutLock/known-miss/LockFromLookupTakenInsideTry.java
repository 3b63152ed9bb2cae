// A tenant registry that looks up each tenant's lock and takes it inside the try.
// Real bug: if lock() throws, finally unlocks a lock this thread does not hold. Missed on
// purpose: the lock comes from a method call, so the analysis cannot know that the two
// lockFor(tenant) calls return the same object.
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

public class LockFromLookupTakenInsideTry {
  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Integer> quotas = new ConcurrentHashMap<>();

  void charge(String tenant) {
    try {
      lockFor(tenant).lock();
      quotas.merge(tenant, -1, Integer::sum);
    } finally {
      // MISS: UnlockWithoutLock
      lockFor(tenant).unlock();
    }
  }

  private ReentrantLock lockFor(String tenant) {
    return locks.computeIfAbsent(tenant, t -> new ReentrantLock());
  }
}
