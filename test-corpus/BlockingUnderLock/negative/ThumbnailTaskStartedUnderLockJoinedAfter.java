// A thumbnail service that registers a job and starts its task under the mutex (starting a task
// never blocks), then joins the task after unlocking.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;
import java.util.HashSet;
import java.util.Set;

public class ThumbnailTaskStartedUnderLockJoinedAfter {
  private final Mutex mu = new Mutex();
  private final Set<String> running = new HashSet<>();

  void render(String image) {
    Task t;
    mu.lock();
    try {
      running.add(image);
      t = Go.go(() -> System.out.println("rendering " + image));
    } finally {
      mu.unlock();
    }
    t.join();
  }
}
