// A throttle that processes requests in a loop and locks the mutex once per iteration, releasing
// it in finally before the next iteration locks again.
import dev.gosafe.Mutex;
import java.util.List;

public class ThrottleLockPerIterationReleasedEachTime {
  private final Mutex mu = new Mutex();
  private long permits = 100;

  int admit(List<String> requests) {
    int admitted = 0;
    for (String r : requests) {
      mu.lock();
      try {
        if (permits > 0) {
          permits--;
          admitted++;
        }
      } finally {
        mu.unlock();
      }
    }
    return admitted;
  }
}
