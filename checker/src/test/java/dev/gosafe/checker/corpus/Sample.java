package dev.gosafe.checker.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One corpus sample and what it expects. A {@code // BUG: Diagnostic contains: ID} comment expects
 * a finding of rule ID on the next line that is neither blank nor a comment; {@code // MISS: ID}
 * marks a real bug the analysis deliberately does not report (only in known-miss/ samples).
 *
 * @param file the sample's path
 * @param relative its path relative to test-corpus/, with '/' separators (e.g. {@code
 *     LockNotReleased/positive/Foo.java})
 * @param folder the first path element: a rule ID, or {@code common}
 * @param kind positive, negative, known-miss, or common
 * @param expected the findings the sample must produce, exactly
 * @param missed the known misses it documents
 */
record Sample(Path file, String relative, String folder, Kind kind, List<Expected> expected,
    List<Expected> missed) {

  /** Where a sample lives, which says what it may produce. */
  enum Kind {
    POSITIVE("positive"), NEGATIVE("negative"), KNOWN_MISS("known-miss"), COMMON("common");

    final String dir;

    Kind(String dir) {
      this.dir = dir;
    }
  }

  /** An expected (or documented missed) finding: rule and 1-based line. */
  record Expected(String ruleId, int line) implements Comparable<Expected> {
    @Override
    public int compareTo(Expected o) {
      int c = Integer.compare(line, o.line);
      return c != 0 ? c : ruleId.compareTo(o.ruleId);
    }

    @Override
    public String toString() {
      return ruleId + " at line " + line;
    }
  }

  private static final Pattern BUG =
      Pattern.compile("//\\s*BUG:\\s*Diagnostic contains:\\s*([A-Za-z]+)");
  private static final Pattern MISS = Pattern.compile("//\\s*MISS:\\s*([A-Za-z]+)");

  /** Reads the sample at {@code file}, which lies under {@code corpusRoot}. */
  static Sample read(Path corpusRoot, Path file) {
    String rel = corpusRoot.relativize(file).toString().replace('\\', '/');
    String[] parts = rel.split("/");
    String folder = parts[0];
    Kind kind;
    if (folder.equals("common")) {
      kind = Kind.COMMON;
    } else if (parts.length >= 3) {
      kind = switch (parts[1]) {
        case "positive" -> Kind.POSITIVE;
        case "negative" -> Kind.NEGATIVE;
        case "known-miss" -> Kind.KNOWN_MISS;
        default -> throw new IllegalArgumentException(
            rel + ": samples go in positive/, negative/ or known-miss/, not " + parts[1] + "/");
      };
    } else {
      throw new IllegalArgumentException(
          rel + ": samples go in ID/positive/, ID/negative/, ID/known-miss/ or common/");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Expected> expected = new ArrayList<>();
    List<Expected> missed = new ArrayList<>();
    parseMarkers(rel, lines, expected, missed);
    return new Sample(file, rel, folder, kind, List.copyOf(expected), List.copyOf(missed));
  }

  /** Collects markers; each applies to the next line that is neither blank nor only a comment. */
  static void parseMarkers(String name, List<String> lines, List<Expected> expected,
      List<Expected> missed) {
    List<String> pendingBugs = new ArrayList<>();
    List<String> pendingMisses = new ArrayList<>();
    int markerLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String t = line.strip();
      Matcher bug = BUG.matcher(line);
      Matcher miss = MISS.matcher(line);
      boolean isBug = bug.find();
      boolean isMiss = miss.find();
      if (isBug || isMiss) {
        if (!t.startsWith("//")) {
          throw new IllegalArgumentException(name + ":" + (i + 1)
              + ": put the marker on its own line, above the line it marks");
        }
        if (isBug) {
          pendingBugs.add(bug.group(1));
        } else {
          pendingMisses.add(miss.group(1));
        }
        markerLine = i + 1;
        continue;
      }
      if (t.isEmpty() || t.startsWith("//") || t.startsWith("/*") || t.startsWith("*")) {
        continue;
      }
      for (String id : pendingBugs) {
        expected.add(new Expected(id, i + 1));
      }
      for (String id : pendingMisses) {
        missed.add(new Expected(id, i + 1));
      }
      pendingBugs.clear();
      pendingMisses.clear();
    }
    if (!pendingBugs.isEmpty() || !pendingMisses.isEmpty()) {
      throw new IllegalArgumentException(
          name + ":" + markerLine + ": marker with no code line after it");
    }
  }

  @Override
  public String toString() {
    return relative;
  }
}
