// The correct version of LeaderboardLockedHandleThenLock: the score and the ranking are updated
// in two locked() blocks one after the other; the first handle is closed before the second opens.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;

public class LeaderboardTwoLockedHandlesInSequence {
  private final Mutex mu = new Mutex();
  private final Map<String, Integer> scores = new HashMap<>();
  private String leader;

  void submit(String player, int score) {
    int best;
    try (var held = mu.locked()) {
      best = scores.merge(player, score, Math::max);
    }
    try (var held = mu.locked()) {
      if (leader == null || best > scores.getOrDefault(leader, 0)) {
        leader = player;
      }
    }
  }
}
