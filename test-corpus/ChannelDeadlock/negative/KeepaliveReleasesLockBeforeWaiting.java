// The fixed version of GoBench GoKer grpc#1460: the keepalive task reads the stream count under
// the lock and waits for the wake-up after releasing it.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class KeepaliveReleasesLockBeforeWaiting {
  private int activeStreams;
  private int seen;

  void newStream() {
    Mutex mu = new Mutex();
    Chan<Boolean> awaken = Chan.make();
    Task keepalive = Go.go(() -> {
      mu.lock();
      try {
        seen = activeStreams;
      } finally {
        mu.unlock();
      }
      awaken.recv();
    });
    mu.lock();
    try {
      activeStreams++;
    } finally {
      mu.unlock();
    }
    awaken.send(true);
    keepalive.join();
  }
}
