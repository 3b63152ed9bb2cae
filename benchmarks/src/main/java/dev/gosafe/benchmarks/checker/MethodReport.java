package dev.gosafe.benchmarks.checker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Summarises {@link MethodTimes}: per-method and per-file maxima, p99, the slowest methods. */
final class MethodReport {
  private static final double LIMIT_MS = 100;

  private final MethodTimes times;
  private final CheckerOverhead.Report report;

  MethodReport(MethodTimes times, CheckerOverhead.Report report) {
    this.times = times;
    this.report = report;
  }

  void write() {
    int passes = times.methodNanosByPass.size();
    int n = times.methodNames.size();
    report.line("");
    report.line("== per-method analysis time (" + n + " methods incl. lambdas, "
        + times.taskBodies + " task bodies analysed with their method; " + passes + " passes)");
    List<Double> all = new ArrayList<>();
    List<Double> best = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double b = Double.MAX_VALUE;
      for (List<Long> pass : times.methodNanosByPass) {
        double ms = pass.get(i) / 1e6;
        all.add(ms);
        b = Math.min(b, ms);
      }
      best.add(b);
    }
    stats("every single measurement", new Percentiles(all));
    stats("per method, best of the passes", new Percentiles(best));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> best.get(i)).reversed());
    report.line("slowest methods (best of passes; every pass in brackets), ms:");
    for (int k = 0; k < Math.min(8, n); k++) {
      int i = order.get(k);
      StringBuilder each = new StringBuilder();
      for (List<Long> pass : times.methodNanosByPass) {
        each.append(each.length() == 0 ? "" : " ").append(fmt(pass.get(i) / 1e6));
      }
      report.line("  " + fmt(best.get(i)) + " [" + each + "] " + times.methodNames.get(i));
    }
    report.line("interleaving budget exceeded in the per-method pass (" + times.interleaveExceeded.size()
        + "; state budget " + dev.gosafe.checker.analysis.interleave.InterleaveStats.MAX_STATES
        + ", time budget " + dev.gosafe.checker.analysis.interleave.InterleaveStats.MAX_MILLIS
        + " ms, at most " + dev.gosafe.checker.analysis.interleave.InterleaveStats.MAX_PROCESSES
        + " processes):");
    times.interleaveExceeded.stream().limit(12).forEach(s -> report.line("  " + s));
    report.line("dataflow state budget exceeded (" + times.dataflowExceeded.size() + "):");
    times.dataflowExceeded.stream().limit(12).forEach(s -> report.line("  " + s));
    if (times.findings.size() <= 20) {
      report.line("findings of Analyzer.analyze by rule and method name (digits dropped): "
          + times.findings);
    }
    report.line("");
    report.line("== per-file times (median of the passes per file), ms");
    fileStats("Analyzer.analyze per file", times.perFile);
    fileStats("FileModel build per file", times.modelPerFile);
  }

  private void stats(String what, Percentiles p) {
    report.line(String.format(Locale.ROOT,
        "%-32s max %s ms, p99 %s ms, p90 %s ms, median %s ms, > %.0f ms: %d", what,
        fmt(p.max()), fmt(p.percentile(99)), fmt(p.percentile(90)), fmt(p.median()), LIMIT_MS,
        p.countAbove(LIMIT_MS)));
  }

  private void fileStats(String what, Map<String, List<Long>> perFile) {
    List<Double> medians = new ArrayList<>();
    for (List<Long> v : perFile.values()) {
      medians.add(new Percentiles(v).median() / 1e6);
    }
    Percentiles p = new Percentiles(medians);
    report.line(String.format(Locale.ROOT, "%-32s max %s, p99 %s, median %s, sum %s (%d files)",
        what, fmt(p.max()), fmt(p.percentile(99)), fmt(p.median()), fmt(p.sum()), p.count()));
  }

  private static String fmt(double ms) {
    return String.format(Locale.ROOT, ms < 1 ? "%.3f" : "%.1f", ms);
  }
}
