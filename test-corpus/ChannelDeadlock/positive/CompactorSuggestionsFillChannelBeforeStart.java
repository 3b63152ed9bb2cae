// Pattern after GoBench GoKer cockroach#24808 (Compactor): suggestions are written to the
// compactor's channel before the compactor task that drains it is started.
// At run time: the channel holds one suggestion; the second send blocks forever because the
// consumer is only started after it.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;

public class CompactorSuggestionsFillChannelBeforeStart {
  int compacted;

  void start() {
    Chan<String> suggestions = Chan.make(1);
    suggestions.send("/data/a");
    // BUG: Diagnostic contains: ChannelDeadlock
    suggestions.send("/data/b");
    Task compactor = Go.go(() -> {
      for (String span : suggestions) {
        compact(span);
      }
    });
    suggestions.close();
    compactor.join();
  }

  private void compact(String span) {
    compacted += span.length();
  }
}
