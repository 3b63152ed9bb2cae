// The correct version of FeatureFlagsReadLockReleasedAsWriteLock: the read and write parts are
// kept in locals and each is released through the same part it was locked with.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class FeatureFlagsReadPartLocalsPaired {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, Boolean> flags = new HashMap<>();

  boolean isOn(String flag) {
    Lock read = rw.readLock();
    read.lock();
    try {
      return flags.getOrDefault(flag, false);
    } finally {
      read.unlock();
    }
  }

  void setFlag(String flag, boolean on) {
    Lock write = rw.writeLock();
    write.lock();
    try {
      flags.put(flag, on);
    } finally {
      write.unlock();
    }
  }
}
