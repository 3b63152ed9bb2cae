// Pattern after GoBench GoKer etcd#7902 (election rounds): the follower waits for the leader's
// signal while holding mu; the leader must take mu before it can close the signal channel.
// At run time: the follower holds mu and waits on nextc, the leader waits for mu: both forever.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class ElectionFollowerWaitsUnderLockLeaderNeedsLock {
  private int rounds;

  void doRound() {
    Mutex mu = new Mutex();
    Chan<Boolean> nextc = Chan.make();
    Task follower = Go.go(() -> {
      mu.lock();
      try {
        rounds++;
        // BUG: Diagnostic contains: BlockingUnderLock
        // BUG: Diagnostic contains: ChannelDeadlock
        nextc.recv();
      } finally {
        mu.unlock();
      }
    });
    mu.lock();
    try {
      rounds++;
      nextc.close();
    } finally {
      mu.unlock();
    }
    follower.join();
  }
}
