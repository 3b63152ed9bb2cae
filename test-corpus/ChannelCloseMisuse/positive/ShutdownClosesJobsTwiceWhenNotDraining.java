// A job queue whose shutdown() closes the jobs channel early when not draining, and again at the
// end.
// At run time: shutdown(false) closes the channel twice and throws ClosedChannelException.
import dev.gosafe.Chan;

public class ShutdownClosesJobsTwiceWhenNotDraining {
  private final Chan<Runnable> jobs = Chan.make(32);
  private boolean accepting = true;

  void shutdown(boolean drain) {
    accepting = false;
    if (!drain) {
      jobs.close();
    }
    // BUG: Diagnostic contains: ChannelCloseMisuse
    jobs.close();
  }
}
