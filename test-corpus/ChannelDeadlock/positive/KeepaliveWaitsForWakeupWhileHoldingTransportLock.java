// Pattern after GoBench GoKer grpc#1460 (keepalive): the keepalive task holds the transport lock
// while it waits to be woken; NewStream must take that lock before it sends the wake-up.
// At run time: keepalive holds mu and waits on awaken, NewStream waits for mu: both block forever.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class KeepaliveWaitsForWakeupWhileHoldingTransportLock {
  private int activeStreams;

  void newStream() {
    Mutex mu = new Mutex();
    Chan<Boolean> awaken = Chan.make();
    Task keepalive = Go.go(() -> {
      mu.lock();
      try {
        // BUG: Diagnostic contains: BlockingUnderLock
        // BUG: Diagnostic contains: ChannelDeadlock
        awaken.recv();
        activeStreams--;
      } finally {
        mu.unlock();
      }
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
