// Pattern after GoBench GoKer kubernetes#1321 (watch mux): distribute() holds the mux lock while it
// sends to the watcher's result channel; stopWatching() must take the same lock to close it.
// At run time: if distribute() wins, it waits for a receiver while holding the lock and Stop()
// waits for the lock (deadlock); if Stop() wins, distribute() sends on a closed channel.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class MuxDistributeSendsUnderLockStopNeedsLock {
  void watchAndStop() {
    Mutex lock = new Mutex();
    Chan<String> result = Chan.make();
    Task distributor = Go.go(() -> {
      lock.lock();
      try {
        // BUG: Diagnostic contains: BlockingUnderLock
        // BUG: Diagnostic contains: ChannelCloseMisuse
        // BUG: Diagnostic contains: ChannelDeadlock
        result.send("ADDED");
      } finally {
        lock.unlock();
      }
    });
    lock.lock();
    try {
      result.close();
    } finally {
      lock.unlock();
    }
    distributor.join();
  }
}
