package dev.gosafe.checker.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import dev.gosafe.checker.analysis.Analyzer;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.Engine;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.Rules;
import dev.gosafe.checker.engine.Severity;
import dev.gosafe.checker.model.FileModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks source files without compiling them: JavaParser (Java 21) builds the concurrency model,
 * the shared {@link Analyzer} finds the problems. Needs no build set-up; types that the symbol
 * solver cannot resolve (a missing dependency) make the calls on them unknown, so findings are
 * only ever lost, never invented. Each file is parsed and analysed on its own worker thread with a
 * time budget; a file that cannot be read or parsed becomes an {@link InputError}, and the other
 * files are still checked. Honours {@code @SuppressWarnings("ID")} on the enclosing declarations.
 */
public final class SourceEngine implements Engine {
  /** The engine's name in reports. */
  public static final String NAME = "source";
  /** Files larger than this are not checked (generated code). */
  static final long MAX_BYTES = 4L * 1024 * 1024;
  /** Worker stack size: deeply nested expressions recurse deeply in the parser and the walk. */
  private static final long STACK_BYTES = 64L * 1024 * 1024;

  private final List<Path> classpath;
  private final Map<String, String> severityOverrides;
  private final Duration budget;
  private final boolean prefilter;

  /**
   * @param classpath extra class path entries used to resolve types (the runtime is always added)
   * @param severityOverrides rule ID to {@code "ERROR"}, {@code "WARN"} or {@code "OFF"}
   * @throws IllegalArgumentException naming the rule or value when an override is not valid
   */
  public SourceEngine(List<Path> classpath, Map<String, String> severityOverrides) {
    this(classpath, severityOverrides, Duration.ofSeconds(10));
  }

  /** As the public constructor, with a per-file time budget. */
  public SourceEngine(List<Path> classpath, Map<String, String> severityOverrides,
      Duration budget) {
    this(classpath, severityOverrides, budget, true);
  }

  /**
   * As the public constructor, with a per-file time budget, and with the pre-filter ({@link
   * Prefilter}: files that cannot hold anything the rules look at are not parsed) on or off.
   */
  public SourceEngine(List<Path> classpath, Map<String, String> severityOverrides,
      Duration budget, boolean prefilter) {
    this.prefilter = prefilter;
    this.classpath = List.copyOf(classpath);
    Map<String, String> o = new LinkedHashMap<>();
    severityOverrides.forEach((id, level) -> {
      if (!Rules.isRule(id)) {
        throw new IllegalArgumentException("unknown rule ID '" + id + "'; rules: " + Rules.IDS);
      }
      String l = level.toUpperCase(Locale.ROOT);
      if (!l.equals("ERROR") && !l.equals("WARN") && !l.equals("OFF")) {
        throw new IllegalArgumentException(
            "bad severity '" + level + "' for " + id + "; use ERROR, WARN or OFF");
      }
      o.put(id, l);
    });
    this.severityOverrides = Map.copyOf(o);
    this.budget = budget;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CheckResult check(List<Path> files) {
    List<InputError> errors = new ArrayList<>();
    Map<Path, Path> byAbsolute = new LinkedHashMap<>();
    for (Path f : files) {
      Path abs = f.toAbsolutePath().normalize();
      if (byAbsolute.containsKey(abs)) {
        continue;
      }
      String problem = fileProblem(abs);
      if (problem != null) {
        errors.add(new InputError(f, 0, problem));
      } else {
        byAbsolute.put(abs, f);
      }
    }
    List<Path> toCheck = new ArrayList<>();
    List<Path> given = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Map.Entry<Path, Path> e : byAbsolute.entrySet()) {
      try {
        texts.add(decode(Files.readAllBytes(e.getKey())));
        toCheck.add(e.getKey());
        given.add(e.getValue());
      } catch (IOException ex) {
        errors.add(new InputError(e.getValue(), 0, "cannot read file: " + ex.getMessage()));
      }
    }
    List<Prefilter.Scan> scans = new ArrayList<>(texts.size());
    for (String text : texts) {
      scans.add(Prefilter.scan(text));
    }
    Set<Path> roots = new LinkedHashSet<>();
    for (int i = 0; i < toCheck.size(); i++) {
      Path root = SourceRoots.rootOf(toCheck.get(i), scans.get(i).pkg);
      if (root != null) {
        roots.add(root);
      }
    }
    MemoTypeSolver.StrongCache<Path, java.util.Optional<CompilationUnit>> units =
        new MemoTypeSolver.StrongCache<>();
    TypeSolver solver = TypeSolvers.create(classpath, List.copyOf(roots), units);
    if (solver instanceof MemoTypeSolver memo) {
      memo.index(new SourceIndex(scans));
    }
    boolean[] relevant = new boolean[texts.size()];
    java.util.Arrays.fill(relevant, true);
    java.util.Optional<Set<String>> known = dev.gosafe.checker.model.LibraryModels.get().knownTypes();
    if (prefilter && known.isPresent() && coversSourceRoots(roots, byAbsolute.keySet())) {
      Set<String> typeNames = new java.util.HashSet<>();
      relevant = Prefilter.relevant(scans, known.get(), typeNames);
      if (solver instanceof MemoTypeSolver memo && memo.index() != null) {
        memo.index().typedFields(scans, typeNames);
      }
    }
    List<Diagnostic> findings = new ArrayList<>();
    for (int i = 0; i < toCheck.size(); i++) {
      if (relevant[i]) {
        checkFile(toCheck.get(i), given.get(i), texts.get(i), solver, units, findings, errors);
      } else if (scans.get(i).problem != null) {
        // not parsed: only the scan's lexical check speaks for it
        errors.add(new InputError(given.get(i), scans.get(i).problemLine,
            "syntax error: " + scans.get(i).problem));
      }
      texts.set(i, null);
      scans.set(i, null);
    }
    findings.sort(Comparator.comparing((Diagnostic d) -> d.file().toString())
        .thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column)
        .thenComparing(d -> d.ruleId() == null ? "" : d.ruleId()));
    errors.sort(Comparator.comparing((InputError x) -> x.file().toString())
        .thenComparingInt(InputError::line));
    return new CheckResult(findings, errors);
  }

  /**
   * Whether the checked files include every .java file under each source root: the pre-filter
   * reasons over the declarations of the whole set (members of a known type declared in one file
   * and used in another), so it is used only when no file of the roots is left out.
   */
  private static boolean coversSourceRoots(Set<Path> roots, Set<Path> checked) {
    // a bounded walk: a file in the default package makes its folder a root, which may be a home
    // folder; past the bound the answer is "not covered" (no pre-filter), never a long walk
    long budget = 20L * checked.size() + 10_000;
    for (Path root : roots) {
      try (java.util.stream.Stream<Path> s = Files.walk(root)) {
        java.util.Iterator<Path> it = s.iterator();
        while (it.hasNext()) {
          Path p = it.next();
          if (--budget < 0) {
            return false;
          }
          if (p.toString().endsWith(".java") && !checked.contains(p.toAbsolutePath().normalize())
              && Files.isRegularFile(p)) {
            return false;
          }
        }
      } catch (IOException | java.io.UncheckedIOException ex) {
        return false;
      }
    }
    return true;
  }

  private static String fileProblem(Path abs) {
    if (!Files.exists(abs)) {
      return "file not found";
    }
    if (!Files.isRegularFile(abs)) {
      return "not a regular file";
    }
    if (!Files.isReadable(abs)) {
      return "file is not readable";
    }
    if (!abs.getFileName().toString().endsWith(".java")) {
      return "not a .java file";
    }
    try {
      if (Files.size(abs) > MAX_BYTES) {
        return "file too large to check (over " + (MAX_BYTES / (1024 * 1024)) + " MB)";
      }
    } catch (IOException ex) {
      return "cannot read file: " + ex.getMessage();
    }
    return null;
  }

  /**
   * The worker's outcome, waiting until it has used {@code budget} of CPU time (so that a busy
   * machine does not make ordinary files time out), or six times the budget of wall-clock time,
   * whichever comes first; wall-clock time alone where the JVM cannot measure a thread's CPU time.
   */
  private Outcome await(FutureTask<Outcome> task, Thread worker)
      throws InterruptedException, ExecutionException, TimeoutException {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpuClock = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    long budgetNanos = budget.toNanos();
    long wallLimit = System.nanoTime() + (cpuClock ? 6 * budgetNanos : budgetNanos);
    long poll = Math.max(1, Math.min(50, budget.toMillis()));
    while (true) {
      try {
        return task.get(poll, TimeUnit.MILLISECONDS);
      } catch (TimeoutException ex) {
        long cpu = cpuClock ? threads.getThreadCpuTime(worker.threadId()) : -1;
        if (cpu >= budgetNanos || System.nanoTime() - wallLimit >= 0) {
          throw ex;
        }
      }
    }
  }

  private String budgetText() {
    return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
  }

  /** What checking one file gave: a model's findings, or an input error. */
  private record Outcome(List<Finding> findings, CompilationUnit cu, InputError error,
      SourceModelBuilder.Failure failure) {}

  private void checkFile(Path abs, Path given, String text, TypeSolver solver,
      MemoTypeSolver.StrongCache<Path, java.util.Optional<CompilationUnit>> units,
      List<Diagnostic> findings, List<InputError> errors) {
    FutureTask<Outcome> task = new FutureTask<>(() -> analyse(abs, given, text, solver, units));
    Thread worker = new Thread(null, task, "gosafe-source-" + abs.getFileName(), STACK_BYTES);
    worker.setDaemon(true);
    worker.start();
    Outcome outcome;
    try {
      outcome = await(task, worker);
    } catch (TimeoutException ex) {
      task.cancel(true);
      errors.add(new InputError(given, 0, "gave up after " + budgetText()
          + " of CPU time (time budget per file); the file was not checked"));
      return;
    } catch (InterruptedException ex) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      errors.add(new InputError(given, 0, "interrupted; the file was not checked"));
      return;
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof StackOverflowError) {
        errors.add(new InputError(given, 0, "code nested too deeply to check"));
      } else {
        findings.add(new Diagnostic(given, 1, 1, Severity.WARNING, null,
            "gosafe internal error while checking " + given + ": " + cause, NAME, List.of()));
      }
      return;
    }
    if (outcome.error() != null) {
      errors.add(outcome.error());
      return;
    }
    if (outcome.failure() != null) {
      // as the javac engine does: one warning naming the method, the rest of the file is checked
      SourceModelBuilder.Failure f = outcome.failure();
      findings.add(new Diagnostic(given, 1, 1, Severity.WARNING, null,
          "gosafe internal error in " + f.owner() + "." + f.signature() + ": " + f.error()
              + "; that method was not checked", NAME, List.of()));
    }
    Suppressions suppressions = new Suppressions(outcome.cu());
    for (Finding f : outcome.findings()) {
      String level = severityOverrides.getOrDefault(f.ruleId(), "WARN");
      if (level.equals("OFF") || suppressions.suppressed(f.ruleId(), f.pos().line(),
          f.pos().column())) {
        continue;
      }
      Severity sev = level.equals("ERROR") ? Severity.ERROR : Severity.WARNING;
      findings.add(new Diagnostic(given, f.pos().line(), f.pos().column(), sev, f.ruleId(),
          f.message(), NAME, f.flow()));
    }
  }

  private static Outcome analyse(Path abs, Path given, String text, TypeSolver solver,
      MemoTypeSolver.StrongCache<Path, java.util.Optional<CompilationUnit>> units) {
    // the solver may have parsed this file already, to resolve a name used in another file
    // (not reused when a byte order mark may have shifted what it read)
    CompilationUnit cu = text.isEmpty() || text.charAt(0) == '\uFEFF' ? null
        : units.get(abs).flatMap(u -> u).orElse(null);
    if (cu == null) {
      ParseResult<CompilationUnit> parsed = parser().parse(text);
      if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
        return new Outcome(List.of(), null, parseError(given, parsed.getProblems()), null);
      }
      cu = parsed.getResult().get();
      units.put(abs, java.util.Optional.of(cu));
    }
    cu.setData(Node.SYMBOL_RESOLVER_KEY, new JavaSymbolSolver(solver));
    SourceModelBuilder builder = new SourceModelBuilder(solver);
    FileModel model = builder.build(cu, given.toString(), text);
    return new Outcome(Analyzer.analyze(model), cu, null, builder.failure());
  }

  /** A parser for Java 21 that keeps no tokens or comments beyond what the walk needs. */
  static JavaParser parser() {
    ParserConfiguration config = new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
        .setAttributeComments(false)
        .setStoreTokens(true);
    return new JavaParser(config);
  }

  private static InputError parseError(Path given, List<Problem> problems) {
    if (problems.isEmpty()) {
      return new InputError(given, 0, "cannot parse file");
    }
    Problem p = problems.get(0);
    int line = p.getLocation().flatMap(l -> l.getBegin().getRange())
        .map(r -> r.begin.line).orElse(0);
    String msg = p.getMessage().lines().findFirst().orElse("").strip();
    if (msg.length() > 200) {
      msg = msg.substring(0, 200) + "...";
    }
    return new InputError(given, Math.max(0, line), "syntax error: " + msg);
  }

  /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else ISO-8859-1. */
  static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException ex) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
