// A collector keeps its unbuffered results channel in a field; record() sends to it and nobody
// ever receives, so record() blocks forever.
// Missed on purpose: the interleaving analysis only models channels created in the method it
// explores; a field can be used by any method on any thread, so its partners are unknown.
import dev.gosafe.Chan;

public class ResultsChannelFieldSharedAcrossMethods {
  private final Chan<String> results = Chan.make();

  void record(String line) {
    // MISS: ChannelDeadlock
    results.send(line);
  }
}
