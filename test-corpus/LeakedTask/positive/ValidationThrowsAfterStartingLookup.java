// A resolver starts the DNS lookup before it validates the request and throws on a bad one.
// At run time: on the throw path nobody receives the lookup's answer and the task blocks forever
// in answer.send().
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class ValidationThrowsAfterStartingLookup {
  String resolve(String host) {
    Chan<String> answer = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> answer.send(lookup(host)));
    if (host.contains(" ")) {
      throw new IllegalArgumentException("bad host: " + host);
    }
    return answer.recv();
  }

  private static String lookup(String host) {
    return "10.0.0." + (host.length() % 255);
  }
}
