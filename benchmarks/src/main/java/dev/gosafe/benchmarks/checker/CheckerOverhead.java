package dev.gosafe.benchmarks.checker;

import dev.gosafe.Chan;
import dev.gosafe.checker.analysis.flow.AnalysisStats;
import dev.gosafe.checker.analysis.interleave.InterleaveStats;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/*
 * Maintainer note. A repeatable timed benchmark (not JMH: one measurement is a whole compilation of
 * seconds, which JMH's SingleShotTime would run the same way, but the per-mode interleaving and
 * the analysis counters read between runs are simpler here). Every round compiles the source set
 * once in each of the three modes, in an order rotated per round so that a change of machine load
 * falls on all modes alike; ratios are computed inside each round. Warm-up rounds run first and
 * are not reported. The analysis counters (AnalysisStats, InterleaveStats) are process-wide: they
 * are read as the difference across each measured run of mode (c), the only mode that analyses.
 * Then the per-method timing passes run (MethodTimes), after the compilations, so the analysis
 * code is JIT-compiled when they measure.
 */

/**
 * Measures what gosafe's checks cost in a build: the source set compiled in-process with javac
 * (a) plain, (b) with Error Prone loaded and every check disabled, (c) with the 11 gosafe checks;
 * then per-method analysis times. Usage (see benchmarks/run-checker-overhead.sh):
 * {@code java <javac exports> -cp benchmarks.jar dev.gosafe.benchmarks.checker.CheckerOverhead
 * [--source generated|repo] [--classes 500] [--seed 42] [--warmup 2] [--reps 5]
 * [--method-passes 3] [--repo .] [--classpath runtime.jar:checker-qual.jar] [--out DIR]};
 * without {@code --classpath} the compiled code's class path is wherever the runtime was loaded
 * from.
 */
public final class CheckerOverhead {
  private CheckerOverhead() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = parse(args);
    String source = opt.getOrDefault("source", "generated");
    int classes = Integer.parseInt(opt.getOrDefault("classes", "500"));
    long seed = Long.parseLong(opt.getOrDefault("seed", "42"));
    int warmup = Integer.parseInt(opt.getOrDefault("warmup", "2"));
    int reps = Integer.parseInt(opt.getOrDefault("reps", "5"));
    int passes = Integer.parseInt(opt.getOrDefault("method-passes", "3"));
    Path repo = Path.of(opt.getOrDefault("repo", ".")).toAbsolutePath().normalize();
    Path out = opt.containsKey("out") ? Path.of(opt.get("out")) : null;

    Path generatedRoot = null;
    List<Path> files;
    if (source.equals("generated")) {
      generatedRoot = Files.createTempDirectory("gosafe-ovh-src");
      files = new SourceSetGenerator(seed, classes).writeTo(generatedRoot);
    } else if (source.equals("repo")) {
      files = repoFiles(repo);
    } else {
      throw new IllegalArgumentException("--source must be generated or repo, got " + source);
    }
    long lines = 0;
    long bytes = 0;
    for (Path f : files) {
      lines += Files.readAllLines(f, StandardCharsets.UTF_8).size();
      bytes += Files.size(f);
    }
    Report report = new Report(out);
    report.line("source set: " + source + (source.equals("generated")
        ? " (seed " + seed + ", " + classes + " classes)" : " (" + repo + ")")
        + ": " + files.size() + " files, " + lines + " lines, " + bytes + " bytes");
    report.line("java: " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version") + "; processors: "
        + Runtime.getRuntime().availableProcessors() + "; max heap: "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");

    List<Path> classpath = new ArrayList<>();
    if (opt.containsKey("classpath")) {
      for (String entry : opt.get("classpath").split(java.io.File.pathSeparator)) {
        classpath.add(Path.of(entry));
      }
    } else {
      classpath.add(runtimeRoot());
    }
    report.line("class path of the compiled code: " + classpath);
    Compilation compilation = new Compilation(files, classpath);
    Map<CompileMode, List<Double>> seconds = new EnumMap<>(CompileMode.class);
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    List<String> counters = new ArrayList<>();
    Map<String, Integer> findings = Map.of();
    int rounds = warmup + reps;
    for (int round = 0; round < rounds; round++) {
      boolean measured = round >= warmup;
      Map<CompileMode, Double> thisRound = new EnumMap<>(CompileMode.class);
      CompileMode[] modes = CompileMode.values();
      for (int i = 0; i < modes.length; i++) {
        CompileMode mode = modes[(i + round) % modes.length];
        String loadBefore = loadAverage();
        long analysedBefore = AnalysisStats.analysed();
        long exceededBefore = AnalysisStats.budgetExceeded();
        InterleaveStats.reset();
        Compilation.Result r = compilation.run(mode);
        if (r.errors() > 0) {
          throw new IllegalStateException(mode + ": " + r.errors() + " errors: " + r.firstErrors());
        }
        double s = r.nanos() / 1e9;
        thisRound.put(mode, s);
        String tag = (measured ? "rep " + (round - warmup + 1) : "warm-up " + (round + 1));
        report.line(String.format(Locale.ROOT, "%-10s (%s) %7.2f s  warnings=%d  load before: %s",
            tag, mode.letter, s, r.warnings(), loadBefore));
        if (mode == CompileMode.ERROR_PRONE_GOSAFE) {
          findings = r.findingsByRule();
          String c = "  dataflow: analysed=" + (AnalysisStats.analysed() - analysedBefore)
              + " budgetExceeded=" + (AnalysisStats.budgetExceeded() - exceededBefore)
              + "; " + InterleaveStats.summary();
          report.line(c);
          if (measured) {
            counters.add(c);
          }
        }
      }
      if (measured) {
        thisRound.forEach((m, s) -> seconds.computeIfAbsent(m, k -> new ArrayList<>()).add(s));
        double a = thisRound.get(CompileMode.PLAIN);
        double b = thisRound.get(CompileMode.ERROR_PRONE_NO_CHECKS);
        double c = thisRound.get(CompileMode.ERROR_PRONE_GOSAFE);
        ratios.computeIfAbsent("(b)/(a) Error Prone loaded, no checks", k -> new ArrayList<>())
            .add(b / a);
        ratios.computeIfAbsent("(c)/(b) gosafe's own cost", k -> new ArrayList<>()).add(c / b);
        ratios.computeIfAbsent("(c)/(a) total", k -> new ArrayList<>()).add(c / a);
        ratios.computeIfAbsent("(c)-(b) seconds", k -> new ArrayList<>()).add(c - b);
      }
    }

    report.line("");
    report.line("== compile times over " + reps + " measured rounds (median, min-max)");
    for (CompileMode m : CompileMode.values()) {
      Percentiles p = new Percentiles(seconds.get(m));
      report.line(String.format(Locale.ROOT, "(%s) %-42s %7.2f s  (%.2f-%.2f)", m.letter,
          m.description, p.median(), p.min(), p.max()));
    }
    ratios.forEach((name, values) -> {
      Percentiles p = new Percentiles(values);
      report.line(String.format(Locale.ROOT, "%-40s %6.3f  (%.3f-%.3f)", name, p.median(),
          p.min(), p.max()));
    });
    report.line("gosafe findings in (c): " + findings);
    report.line("counters of the measured (c) runs:");
    counters.forEach(report::line);

    MethodTimes times = new MethodTimes();
    for (int p = 0; p < passes; p++) {
      report.line("per-method pass " + (p + 1) + ", load before: " + loadAverage());
      times.pass(compilation);
    }
    if (passes > 0) {
      new MethodReport(times, report).write();
    }

    if (generatedRoot != null) {
      try (Stream<Path> walk = Files.walk(generatedRoot)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    report.close();
  }

  /** The Java files of test-corpus/ and examples/. */
  private static List<Path> repoFiles(Path repo) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("test-corpus", "examples")) {
      try (Stream<Path> walk = Files.walk(repo.resolve(dir))) {
        walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  /** The class path root (jar or folder) holding the gosafe runtime. */
  private static Path runtimeRoot() {
    try {
      return Path.of(Chan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 1-, 5- and 15-minute load averages. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      m.put(args[i].substring(2), args[++i]);
    }
    return m;
  }

  /** Prints to stdout and, when a folder is given, to summary.txt in it. */
  static final class Report implements AutoCloseable {
    private final PrintStream file;

    Report(Path dir) throws IOException {
      if (dir == null) {
        file = null;
      } else {
        Files.createDirectories(dir);
        file = new PrintStream(Files.newOutputStream(dir.resolve("summary.txt")), true,
            StandardCharsets.UTF_8);
      }
    }

    void line(String s) {
      System.out.println(s);
      System.out.flush();
      if (file != null) {
        file.println(s);
      }
    }

    @Override
    public void close() {
      if (file != null) {
        file.close();
      }
    }
  }
}
