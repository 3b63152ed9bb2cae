// The fixed version of GoBench GoKer etcd#7902: the follower releases mu before waiting, and the
// leader closes the signal channel outside the lock.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class ElectionLeaderSignalsWithoutHoldingLock {
  private int rounds;

  void doRound() {
    Mutex mu = new Mutex();
    Chan<Boolean> nextc = Chan.make();
    Task follower = Go.go(() -> {
      mu.lock();
      try {
        rounds++;
      } finally {
        mu.unlock();
      }
      nextc.recv();
    });
    mu.lock();
    try {
      rounds++;
    } finally {
      mu.unlock();
    }
    nextc.close();
    follower.join();
  }
}
