// A schema registry with two ReentrantReadWriteLocks: register() write-locks schemas then
// subjects, delete() write-locks subjects then schemas.
// At run time: register and delete overlapping can deadlock.
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class ReadWriteLockWritePartsInversion {
  private final ReentrantReadWriteLock schemas = new ReentrantReadWriteLock();
  private final ReentrantReadWriteLock subjects = new ReentrantReadWriteLock();
  private int schemaCount;
  private int subjectCount;

  void register() {
    schemas.writeLock().lock();
    try {
      subjects.writeLock().lock();
      try {
        schemaCount++;
        subjectCount++;
      } finally {
        subjects.writeLock().unlock();
      }
    } finally {
      schemas.writeLock().unlock();
    }
  }

  void delete() {
    subjects.writeLock().lock();
    try {
      // BUG: Diagnostic contains: LockOrderInversion
      schemas.writeLock().lock();
      try {
        schemaCount--;
        subjectCount--;
      } finally {
        schemas.writeLock().unlock();
      }
    } finally {
      subjects.writeLock().unlock();
    }
  }
}
