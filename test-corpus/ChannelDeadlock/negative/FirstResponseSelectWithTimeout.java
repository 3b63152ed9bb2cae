// The correct version of FirstResponseSelectWithoutProducers: the select also has a timeout case,
// so it returns even when no replica was asked.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;
import java.time.Duration;

public class FirstResponseSelectWithTimeout {
  private String answer;

  void query(boolean hedging) {
    Chan<String> primary = Chan.make(1);
    Chan<String> backup = Chan.make(1);
    if (hedging) {
      Go.go(() -> primary.send(ask("primary")));
      Go.go(() -> backup.send(ask("backup")));
    }
    Select.select(
        Select.recv(primary, r -> answer = r),
        Select.recv(backup, r -> answer = r),
        Select.after(Duration.ofSeconds(2), () -> answer = "timeout"));
  }

  private static String ask(String replica) {
    return replica + ":ok";
  }
}
