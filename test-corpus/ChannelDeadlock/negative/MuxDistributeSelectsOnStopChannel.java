// The fixed version of GoBench GoKer kubernetes#1321: distribute() selects between delivering the
// event and a stop channel, without holding the lock, and Stop() closes the stop channel instead
// of the result channel.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Select;
import dev.gosafe.Task;

public class MuxDistributeSelectsOnStopChannel {
  private int watchers = 1;
  private boolean delivered;

  void watchAndStop() {
    Mutex lock = new Mutex();
    Chan<String> result = Chan.make();
    Chan<Boolean> stop = Chan.make();
    Task distributor = Go.go(() -> {
      lock.lock();
      try {
        watchers++;
      } finally {
        lock.unlock();
      }
      Select.select(
          Select.send(result, "ADDED", () -> delivered = true),
          Select.recv(stop, s -> delivered = false));
    });
    lock.lock();
    try {
      watchers--;
    } finally {
      lock.unlock();
    }
    stop.close();
    distributor.join();
  }
}
