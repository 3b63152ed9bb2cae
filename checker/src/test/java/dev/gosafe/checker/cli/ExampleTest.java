package dev.gosafe.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first quick-start command, {@code bin/gosafe check examples/inventory-service},
 * finds exactly the example's four planted bugs.
 */
class ExampleTest {

  static final Path REPO = Path.of("").toAbsolutePath().getParent();

  private static final Pattern FINDING =
      Pattern.compile("^(\\S+):(\\d+):(\\d+): (warning|error): \\[(\\w+)\\] .+$");

  @Test
  void inventoryServiceFindings() {
    assertTrue(Files.isDirectory(REPO.resolve("examples/inventory-service")), REPO.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of("check", "examples/inventory-service"),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), REPO, false);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    Set<String> found = new TreeSet<>();
    for (String line : text.lines().toList()) {
      Matcher m = FINDING.matcher(line);
      if (m.matches()) {
        found.add(m.group(5) + " " + m.group(1) + ":" + m.group(2));
      }
    }
    Set<String> expected = new TreeSet<>(List.of(
        "LockNotReleased examples/inventory-service/StockLedger.java:33",
        "UnbalancedWaitGroup examples/inventory-service/WarehouseSync.java:26",
        "LostCancel examples/inventory-service/OrderService.java:25",
        "ChannelCloseMisuse examples/inventory-service/OrderService.java:65"));
    assertEquals(expected, found, text);
    assertTrue(text.endsWith("gosafe: 4 findings (4 warnings) in 3 files\n"), text);
    assertEquals(1, code);
  }
}
