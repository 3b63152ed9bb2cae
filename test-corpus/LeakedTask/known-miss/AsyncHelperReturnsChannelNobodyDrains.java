// Pattern after GoBench GoKer moby#4395 (async helper): go() starts the work and returns the
// unbuffered result channel; a caller that ignores the channel leaves the task blocked in send().
// Missed on purpose: the channel is returned, so it escapes the method and a caller may well
// receive from it; the analysis cannot see the callers.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class AsyncHelperReturnsChannelNobodyDrains {
  Chan<String> async(String input) {
    Chan<String> ch = Chan.make();
    // MISS: LeakedTask
    Go.go(() -> ch.send(input.toUpperCase()));
    return ch;
  }

  void fireAndForget() {
    async("ignored");
  }
}
