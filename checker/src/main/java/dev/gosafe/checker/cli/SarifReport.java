package dev.gosafe.checker.cli;

import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.Rules;
import dev.gosafe.checker.engine.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * SARIF 2.1.0: one run; {@code tool.driver.rules} lists every rule with the summary and link of
 * its check's {@code @BugPattern}; results carry a location relative to {@code %SRCROOT%} (the
 * current folder), a stable {@code partialFingerprints} entry (rule, path, the reported line's
 * text and its occurrence index; not the line number, so unrelated edits keep it), the engine,
 * and {@code codeFlows} when the finding explains its interleaving. Internal errors and files
 * that could not be checked are tool execution notifications.
 */
final class SarifReport {
  private SarifReport() {}

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/gosafe-dev/gosafe";
  static final String FINGERPRINT_KEY = "gosafeFindingHash/v1";

  static String render(CheckResult r, Path cwd) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "gosafe");
    driver.put("informationUri", INFORMATION_URI);
    driver.put("version", version());
    List<Object> rules = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (String id : Rules.IDS) {
      ruleIndex.put(id, rules.size());
      rules.add(rule(id));
    }
    driver.put("rules", rules);

    List<Object> results = new ArrayList<>();
    List<Object> notifications = new ArrayList<>();
    Map<String, Integer> occurrences = new HashMap<>();
    Map<Path, List<String>> lines = new HashMap<>();
    for (Diagnostic d : r.findings()) {
      if (d.ruleId() == null) {
        notifications.add(notification("error", d.message(), d.file(), d.line(), d.column(), cwd));
        continue;
      }
      String uri = SourceFiles.display(d.file(), cwd);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", d.ruleId());
      if (ruleIndex.containsKey(d.ruleId())) {
        result.put("ruleIndex", ruleIndex.get(d.ruleId()));
      }
      result.put("level", level(d.severity()));
      result.put("message", Map.of("text", d.message()));
      result.put("locations", List.of(Map.of("physicalLocation",
          physical(d.file(), d.line(), d.column(), cwd))));
      String text = normalizedLine(lines.computeIfAbsent(d.file(), SarifReport::readLines), d.line());
      String key = d.ruleId() + '\u0000' + uri + '\u0000' + text;
      int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
      result.put("partialFingerprints",
          Map.of(FINGERPRINT_KEY, sha256(key + '\u0000' + occurrence)));
      if (!d.flow().isEmpty()) {
        result.put("codeFlows", List.of(codeFlow(d, cwd)));
      }
      result.put("properties", Map.of("engine", d.engine()));
      results.add(result);
    }
    for (InputError e : r.inputErrors()) {
      notifications.add(notification("error", e.message(), e.file(), e.line(), 0, cwd));
    }
    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", r.inputErrors().isEmpty());
    if (!notifications.isEmpty()) {
      invocation.put("toolExecutionNotifications", notifications);
    }

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("invocations", List.of(invocation));
    run.put("originalUriBaseIds", Map.of("%SRCROOT%",
        Map.of("uri", cwd.toAbsolutePath().normalize().toUri().toString())));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", results);

    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return Json.write(log);
  }

  private static Map<String, Object> rule(String id) {
    Rules.Meta meta = Rules.meta(id).orElse(new Rules.Meta(id, id, Rules.docsLink(id)));
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id);
    rule.put("name", id);
    rule.put("shortDescription", Map.of("text", meta.summary()));
    rule.put("helpUri", meta.link());
    rule.put("help", Map.of("text", meta.summary() + ". See " + meta.link()
        + ". Suppress with @SuppressWarnings(\"" + id + "\")."));
    rule.put("defaultConfiguration", Map.of("level", "warning"));
    rule.put("properties", Map.of("tags", List.of("concurrency")));
    return rule;
  }

  private static Map<String, Object> codeFlow(Diagnostic d, Path cwd) {
    List<Object> locations = new ArrayList<>();
    for (Finding.Step s : d.flow()) {
      Map<String, Object> location = new LinkedHashMap<>();
      if (s.pos() != null && s.pos().line() > 0) {
        location.put("physicalLocation",
            physical(d.file(), s.pos().line(), s.pos().column(), cwd));
      }
      String task = s.task() == null || s.task().isEmpty() ? "" : s.task() + ": ";
      location.put("message", Map.of("text", task + s.what()));
      Map<String, Object> tfl = new LinkedHashMap<>();
      tfl.put("location", location);
      if (s.task() != null && !s.task().isEmpty()) {
        tfl.put("properties", Map.of("task", s.task()));
      }
      locations.add(tfl);
    }
    return Map.of("threadFlows", List.of(Map.of("locations", locations)));
  }

  private static Map<String, Object> physical(Path file, int line, int column, Path cwd) {
    Map<String, Object> artifact = new LinkedHashMap<>();
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(cwd.toAbsolutePath().normalize())) {
      artifact.put("uri", uriPath(SourceFiles.display(file, cwd)));
      artifact.put("uriBaseId", "%SRCROOT%");
    } else {
      artifact.put("uri", abs.toUri().toString());
    }
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    if (line > 0) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", line);
      if (column > 0) {
        region.put("startColumn", column);
      }
      physical.put("region", region);
    }
    return physical;
  }

  private static Map<String, Object> notification(String level, String message, Path file,
      int line, int column, Path cwd) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("level", level);
    n.put("message", Map.of("text", message));
    if (file != null) {
      n.put("locations", List.of(Map.of("physicalLocation", physical(file, line, column, cwd))));
    }
    return n;
  }

  /** A relative path as a URI reference: segments percent-encoded where needed, '/' kept. */
  private static String uriPath(String relative) {
    StringBuilder out = new StringBuilder();
    for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static String normalizedLine(List<String> lines, int line) {
    if (line < 1 || line > lines.size()) {
      return "";
    }
    return lines.get(line - 1).strip().replaceAll("\\s+", " ");
  }

  private static String sha256(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  /** The checker's version, from the build (checker/src/main/resources, filtered). */
  static String version() {
    try (InputStream in = SarifReport.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isEmpty() && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return "dev";
  }
}
