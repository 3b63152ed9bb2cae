// The fixed version of GoBench GoKer kubernetes#10182: the setter updates under the lock and sends
// on the channel only after releasing it.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class PodStatusSentAfterUnlock {
  private int deleted;
  private int updates;

  void syncBatch() {
    Mutex statusLock = new Mutex();
    Chan<Boolean> podStatusChannel = Chan.make();
    Task setter = Go.go(() -> {
      statusLock.lock();
      try {
        updates++;
      } finally {
        statusLock.unlock();
      }
      podStatusChannel.send(true);
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
