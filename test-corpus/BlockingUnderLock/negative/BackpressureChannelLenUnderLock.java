// A back-pressure monitor that reads len() and cap() of a channel under its mutex: both return
// immediately, so nothing blocks while the mutex is held.
import dev.gosafe.Chan;
import dev.gosafe.Mutex;

public class BackpressureChannelLenUnderLock {
  private final Mutex mu = new Mutex();
  private final Chan<String> work = Chan.make(128);
  private double worstFill;

  double sample() {
    mu.lock();
    try {
      double fill = (double) work.len() / work.cap();
      worstFill = Math.max(worstFill, fill);
      return fill;
    } finally {
      mu.unlock();
    }
  }
}
