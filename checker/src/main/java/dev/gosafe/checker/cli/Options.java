package dev.gosafe.checker.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parsed command line of {@code gosafe check}.
 *
 * @param classpath extra class path entries for the checked code
 * @param format {@code text} or {@code sarif}
 * @param output the report file, or null for standard output
 * @param failOn {@code warning}, {@code error} or {@code never}
 * @param engine {@code auto}, {@code javac} or {@code source}
 * @param verbose progress and timing on standard error
 * @param severities rule ID to ERROR/WARN/OFF, from {@code -Xep:ID:LEVEL}
 * @param paths files and folders to check
 * @param help {@code --help} was given
 */
record Options(List<Path> classpath, String format, Path output, String failOn, String engine,
    boolean verbose, Map<String, String> severities, List<String> paths, boolean help) {

  static final String USAGE = """
      usage: gosafe check [--classpath CP] [--format text|sarif] [--output FILE]
                          [--fail-on warning|error|never] [--engine auto|javac|source]
                          [--verbose] [-Xep:RULE:ERROR|WARN|OFF ...] PATH...

      Checks every .java file under each PATH for Go-style concurrency bugs (gosafe rules).
      The gosafe runtime is on the class path implicitly.

        --classpath CP   extra class path for the checked code (entries separated by '%s')
        --format F       text (default): path:line:col: severity: [RULE] message
                         sarif: SARIF 2.1.0 (e.g. for GitHub code scanning)
        --output FILE    write the report to FILE instead of standard output
        --fail-on LEVEL  exit 1 when a finding is at or above LEVEL (default: warning)
        --engine E       auto (default): javac, and the source engine for files javac
                         cannot compile (when available); javac; source
        --verbose        progress and timing on standard error
        -Xep:RULE:LEVEL  set a rule's severity, as with Error Prone (ERROR, WARN, OFF)
        --help           this text

      Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or input errors.
      """.formatted(File.pathSeparator);

  static Options parse(List<String> args) throws UsageException {
    if (args.isEmpty()) {
      throw new UsageException("missing command: use 'gosafe check PATH...'");
    }
    if (args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
      return helpRequest();
    }
    if (!args.get(0).equals("check")) {
      throw new UsageException("unknown command '" + args.get(0) + "': use 'gosafe check PATH...'");
    }
    List<Path> classpath = new ArrayList<>();
    String format = "text";
    Path output = null;
    String failOn = "warning";
    String engine = "auto";
    boolean verbose = false;
    Map<String, String> severities = new LinkedHashMap<>();
    List<String> paths = new ArrayList<>();
    boolean onlyPaths = false;
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      if (onlyPaths || !a.startsWith("-") || a.equals("-")) {
        paths.add(a);
        continue;
      }
      if (a.equals("--")) {
        onlyPaths = true;
        continue;
      }
      String flag = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        flag = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (flag) {
        case "--help", "-h" -> {
          return helpRequest();
        }
        case "--verbose", "-v" -> verbose = true;
        case "--classpath", "-cp", "--class-path" -> {
          value = value != null ? value : next(args, ++i, flag);
          for (String e : value.split(File.pathSeparator)) {
            if (!e.isEmpty()) {
              classpath.add(Path.of(e));
            }
          }
        }
        case "--format" -> format = oneOf(flag, value != null ? value : next(args, ++i, flag),
            "text", "sarif");
        case "--output", "-o" -> output = Path.of(value != null ? value : next(args, ++i, flag));
        case "--fail-on" -> failOn = oneOf(flag, value != null ? value : next(args, ++i, flag),
            "warning", "error", "never");
        case "--engine" -> engine = oneOf(flag, value != null ? value : next(args, ++i, flag),
            "auto", "javac", "source");
        default -> {
          if (a.startsWith("-Xep:")) {
            String[] parts = a.substring("-Xep:".length()).split(":", -1);
            String level = parts.length == 2 ? parts[1].toUpperCase(Locale.ROOT) : "";
            if (parts.length != 2 || !(level.equals("ERROR") || level.equals("WARN")
                || level.equals("OFF"))) {
              throw new UsageException("bad value in " + a + ": use -Xep:RULE:ERROR|WARN|OFF");
            }
            if (!dev.gosafe.checker.engine.Rules.isRule(parts[0])) {
              throw new UsageException("unknown rule '" + parts[0] + "' in " + a);
            }
            severities.put(parts[0], level);
          } else {
            throw new UsageException("unknown option '" + a + "'");
          }
        }
      }
    }
    if (paths.isEmpty()) {
      throw new UsageException("no PATH given: name the files or folders to check");
    }
    return new Options(List.copyOf(classpath), format, output, failOn, engine, verbose,
        Map.copyOf(severities), List.copyOf(paths), false);
  }

  private static Options helpRequest() {
    return new Options(List.of(), "text", null, "warning", "auto", false, Map.of(), List.of(),
        true);
  }

  private static String next(List<String> args, int i, String flag) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException("option " + flag + " needs a value");
    }
    return args.get(i);
  }

  private static String oneOf(String flag, String value, String... allowed)
      throws UsageException {
    for (String a : allowed) {
      if (a.equals(value)) {
        return value;
      }
    }
    throw new UsageException("bad value '" + value + "' for " + flag + ": use "
        + String.join(", ", allowed));
  }
}
