// The correct version of ValidationThrowsAfterStartingLookup: the request is validated before the
// lookup task is started.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class ValidationBeforeStartingLookup {
  String resolve(String host) {
    if (host.contains(" ")) {
      throw new IllegalArgumentException("bad host: " + host);
    }
    Chan<String> answer = Chan.make();
    Go.go(() -> answer.send(lookup(host)));
    return answer.recv();
  }

  private static String lookup(String host) {
    return "10.0.0." + (host.length() % 255);
  }
}
