package dev.gosafe.checker.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The corpus samples on which the two front ends knowingly differ, with the reason, read from the
 * one list {@code known-differences.txt} next to this class: lines {@code PATH | KIND | REASON},
 * PATH relative to test-corpus/, KIND {@code findings} (the (rule, line) sets differ) or
 * {@code model} (only the models differ).
 */
final class KnownDifferences {
  record Entry(String path, String kind, String reason) {}

  private final Map<String, Entry> entries;

  private KnownDifferences(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static KnownDifferences load() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (InputStream in = KnownDifferences.class.getResourceAsStream("known-differences.txt")) {
      if (in == null) {
        return new KnownDifferences(entries);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\|", 3);
        if (parts.length != 3) {
          throw new IllegalStateException("bad known-differences line: " + line);
        }
        String kind = parts[1].strip();
        if (!kind.equals("findings") && !kind.equals("model")) {
          throw new IllegalStateException("kind must be findings or model: " + line);
        }
        entries.put(parts[0].strip(), new Entry(parts[0].strip(), kind, parts[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KnownDifferences(entries);
  }

  Entry get(String path) {
    return entries.get(path);
  }

  Map<String, Entry> all() {
    return entries;
  }
}
