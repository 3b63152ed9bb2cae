// The fixed version of GoBench GoKer cockroach#24808: the compactor task is started before any
// suggestion is sent, and the channel is closed after the last one.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class CompactorStartedBeforeSuggestions {
  int compacted;

  void start() {
    Chan<String> suggestions = Chan.make(1);
    Task compactor = Go.go(() -> {
      for (String span : suggestions) {
        compact(span);
      }
    });
    suggestions.send("/data/a");
    suggestions.send("/data/b");
    suggestions.close();
    compactor.join();
  }

  private void compact(String span) {
    compacted += span.length();
  }
}
