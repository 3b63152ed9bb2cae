// An archiver moves a message between inbox and archive; the two directions are two branches of
// one method that nest the folder locks in opposite orders.
// At run time: archiving and restoring concurrently can deadlock.
import dev.gosafe.Mutex;

public class ArchiverBranchesNestLocksBothWays {
  private final Mutex inbox = new Mutex();
  private final Mutex archive = new Mutex();
  private int inInbox = 10;
  private int inArchive;

  void move(boolean toArchive) {
    if (toArchive) {
      inbox.lock();
      try {
        archive.lock();
        try {
          inInbox--;
          inArchive++;
        } finally {
          archive.unlock();
        }
      } finally {
        inbox.unlock();
      }
    } else {
      archive.lock();
      try {
        // BUG: Diagnostic contains: LockOrderInversion
        inbox.lock();
        try {
          inArchive--;
          inInbox++;
        } finally {
          inbox.unlock();
        }
      } finally {
        archive.unlock();
      }
    }
  }
}
