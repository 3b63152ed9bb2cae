// The correct version of ShutdownClosesJobsTwiceWhenNotDraining: the early close returns, so each
// path closes the jobs channel exactly once.
import dev.gosafe.Chan;

public class ShutdownClosesJobsOnceOnEitherBranch {
  private final Chan<Runnable> jobs = Chan.make(32);
  private boolean accepting = true;

  void shutdown(boolean drain) {
    accepting = false;
    if (!drain) {
      jobs.close();
      return;
    }
    jobs.close();
  }
}
