package dev.gosafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code -Dgosafe.deadlockDetection=false} switches detection off (checked in a child JVM). */
class DeadlockDetectionSwitchTest {

  /** The child program: one task stuck on its own channel; prints how its wait ended. */
  static final class Child {
    private Child() {}

    public static void main(String[] args) {
      Task t =
          Go.go(
              "stuck",
              () -> {
                Chan<Integer> mine = Chan.make();
                mine.recv();
              });
      String how;
      try {
        how = t.join(Duration.ofSeconds(3)) ? "normally" : "no";
      } catch (TaskFailedException e) {
        how = e.getCause().getClass().getSimpleName();
      }
      System.out.println("ended=" + how + " detections=" + Deadlocks.detections());
    }
  }

  @Test
  void detectionIsOnByDefaultAndOffWithTheSystemProperty() throws Exception {
    assertEquals("ended=no detections=0", runChild("-Dgosafe.deadlockDetection=false"));
    assertEquals(
        "ended=DeadlockException detections=1", runChild("-Dgosafe.deadlockDetection=true"));
  }

  private static String runChild(String property) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java, property, "-cp", System.getProperty("java.class.path"), Child.class.getName())
            .redirectErrorStream(true)
            .start();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "child did not finish");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String last = out.strip().lines().reduce((a, b) -> b).orElse("");
    assertEquals(0, p.exitValue(), out);
    return last;
  }
}
