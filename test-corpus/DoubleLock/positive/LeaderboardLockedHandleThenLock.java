// A leaderboard that updates a score inside try (mu.locked()) and then calls lock() for the
// ranking update inside the same block.
// At run time: the handle still holds the non-reentrant mutex; lock() throws DeadlockException.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class LeaderboardLockedHandleThenLock {
  private final Mutex mu = new Mutex();
  private final Map<String, Integer> scores = new HashMap<>();
  private String leader;

  void submit(String player, int score) {
    try (var held = mu.locked()) {
      scores.merge(player, score, Math::max);
      // BUG: Diagnostic contains: DoubleLock
      mu.lock();
      try {
        if (leader == null || scores.get(player) > scores.get(leader)) {
          leader = player;
        }
      } finally {
        mu.unlock();
      }
    }
  }
}
