// A validator that closes its results channel and its errors channel, each once: two different
// channels, so neither close is a second close.
import dev.gosafe.SendChan;
import java.util.List;

public class ResultsAndErrorsClosedSeparately {
  void validate(List<String> emails, SendChan<String> valid, SendChan<String> errors) {
    try {
      for (String e : emails) {
        if (e.contains("@")) {
          valid.send(e);
        } else {
          errors.send("invalid: " + e);
        }
      }
    } finally {
      valid.close();
      errors.close();
    }
  }
}
