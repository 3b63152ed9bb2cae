// A hedged request waits for the first of two replicas, but the replica requests are only sent
// when hedging is enabled.
// At run time: with hedging disabled nobody ever sends on primary or backup, so the select
// blocks forever.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;

public class FirstResponseSelectWithoutProducers {
  private String answer;

  void query(boolean hedging) {
    Chan<String> primary = Chan.make(1);
    Chan<String> backup = Chan.make(1);
    if (hedging) {
      Go.go(() -> primary.send(ask("primary")));
      Go.go(() -> backup.send(ask("backup")));
    }
    // BUG: Diagnostic contains: ChannelDeadlock
    Select.select(
        Select.recv(primary, r -> answer = r),
        Select.recv(backup, r -> answer = r));
  }

  private static String ask(String replica) {
    return replica + ":ok";
  }
}
