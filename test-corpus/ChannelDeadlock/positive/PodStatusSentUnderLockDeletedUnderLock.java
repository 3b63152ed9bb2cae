// Pattern after GoBench GoKer kubernetes#10182 (status manager): SetPodStatus sends on the status
// channel while holding the status lock; the sync loop takes the same lock before it receives.
// At run time: the setter holds the lock and waits for a receiver, the receiver waits for the
// lock: both block forever.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class PodStatusSentUnderLockDeletedUnderLock {
  private int deleted;

  void syncBatch() {
    Mutex statusLock = new Mutex();
    Chan<Boolean> podStatusChannel = Chan.make();
    Task setter = Go.go(() -> {
      statusLock.lock();
      try {
        // BUG: Diagnostic contains: BlockingUnderLock
        // BUG: Diagnostic contains: ChannelDeadlock
        podStatusChannel.send(true);
      } finally {
        statusLock.unlock();
      }
    });
    statusLock.lock();
    try {
      deleted++;
    } finally {
      statusLock.unlock();
    }
    podStatusChannel.recv();
    setter.join();
  }
}
