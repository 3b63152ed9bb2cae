package dev.gosafe.checker.engine;

import com.sun.source.util.JavacTask;
import com.sun.tools.javac.api.BasicJavacTask;
import dev.gosafe.checker.analysis.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/*
 * Maintainer note. The files are compiled in-process with the JDK's javac and Error Prone as a
 * javac plugin (-Xplugin:ErrorProne). javac looks up plugins, and Error Prone looks up BugChecker
 * plugins, with ServiceLoader on the "processor class loader"; a plain file manager would build a
 * fresh URLClassLoader for it whose classes differ from ours. The file manager below answers the
 * processor path with this class's own loader instead, so Error Prone, the gosafe checks and
 * AnalysisCache (whose static listener registry we use) are the very classes loaded here.
 *
 * A file with compile errors stops javac before Error Prone runs (should-stop=ifError=FLOW), so
 * files with errors are reported as InputErrors and the others compiled again, until a round has
 * no compile error (at most one round per file).
 */

/**
 * Checks files by compiling them with javac and Error Prone with every gosafe check enabled and
 * all of Error Prone's own checks disabled. The gosafe runtime is always on the class path.
 */
public final class JavacEngine implements Engine {

  private static final String NAME = "javac";

  private final List<Path> classpath;
  private final Map<String, String> severityOverrides;
  private final List<String> extraChecks;
  private volatile java.util.function.IntConsumer progress = n -> { };

  /**
   * @param classpath extra class path entries for the checked code (the runtime is always added)
   * @param severityOverrides rule ID to {@code "ERROR"}, {@code "WARN"} or {@code "OFF"}
   * @throws IllegalArgumentException naming the rule or value when an override is not valid
   */
  public JavacEngine(List<Path> classpath, Map<String, String> severityOverrides) {
    this(classpath, severityOverrides, List.of());
  }

  /** For tests: also enables (at WARN) the Error Prone checks named in {@code extraChecks}. */
  JavacEngine(List<Path> classpath, Map<String, String> severityOverrides,
      List<String> extraChecks) {
    this.extraChecks = List.copyOf(extraChecks);
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
  }

  /**
   * Calls {@code filesDone} with the number of files analysed so far, after each file (for
   * progress reports; counts restart when files with compile errors are checked again).
   *
   * @return this engine
   */
  public JavacEngine onProgress(java.util.function.IntConsumer filesDone) {
    this.progress = filesDone == null ? n -> { } : filesDone;
    return this;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CheckResult check(List<Path> files) {
    requireCompilerAccess();
    List<InputError> inputErrors = new ArrayList<>();
    Map<Path, Path> byAbsolute = new LinkedHashMap<>(); // normalized absolute -> as given
    for (Path f : files) {
      Path abs = f.toAbsolutePath().normalize();
      if (byAbsolute.containsKey(abs)) {
        continue;
      }
      if (!Files.exists(abs)) {
        inputErrors.add(new InputError(f, 0, "file not found"));
      } else if (!Files.isRegularFile(abs)) {
        inputErrors.add(new InputError(f, 0, "not a regular file"));
      } else if (!Files.isReadable(abs)) {
        inputErrors.add(new InputError(f, 0, "file is not readable"));
      } else if (!abs.getFileName().toString().endsWith(".java")) {
        inputErrors.add(new InputError(f, 0, "not a .java file"));
      } else if (abs.getFileName().toString().equals("module-info.java")) {
        // A module declaration holds no code to check, and compiling it would put every other
        // file into that module, where their unresolved requires would hide all their findings.
        continue;
      } else {
        byAbsolute.put(abs, f);
      }
    }
    List<Diagnostic> findings = new ArrayList<>();
    Set<Path> remaining = new LinkedHashSet<>(byAbsolute.keySet());
    while (!remaining.isEmpty()) {
      Round round = compile(List.copyOf(remaining), byAbsolute);
      if (round.errors.isEmpty()) {
        findings.addAll(round.findings);
        break;
      }
      for (InputError e : round.errors) {
        inputErrors.add(e);
        remaining.remove(e.file().toAbsolutePath().normalize());
      }
    }
    findings.sort(Comparator.comparing((Diagnostic d) -> d.file().toString())
        .thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column)
        .thenComparing(d -> d.ruleId() == null ? "" : d.ruleId()));
    inputErrors.sort(Comparator.comparing((InputError e) -> e.file().toString())
        .thenComparingInt(InputError::line));
    return new CheckResult(findings, inputErrors);
  }

  /** Packages of jdk.compiler that Error Prone (and the gosafe checks) use. */
  private static final List<String> NEEDED_EXPORTS = List.of(
      "com.sun.tools.javac.api", "com.sun.tools.javac.code", "com.sun.tools.javac.comp",
      "com.sun.tools.javac.file", "com.sun.tools.javac.main", "com.sun.tools.javac.model",
      "com.sun.tools.javac.parser", "com.sun.tools.javac.processing", "com.sun.tools.javac.tree",
      "com.sun.tools.javac.util");

  /**
   * Whether this JVM lets the engine run javac and Error Prone in-process: it is a JDK and was
   * started with the {@code --add-exports} of jdk.compiler's internal packages (for Maven, in
   * {@code .mvn/jvm.config}). When false, {@link #check} throws {@link IllegalStateException}.
   */
  public static boolean compilerAccessible() {
    return ModuleLayer.boot().findModule("jdk.compiler").isPresent()
        && ToolProvider.getSystemJavaCompiler() != null && missingExports().isEmpty();
  }

  private static List<String> missingExports() {
    Module compiler = ModuleLayer.boot().findModule("jdk.compiler").orElseThrow(
        () -> new IllegalStateException("no jdk.compiler module: run gosafe on a JDK, not a JRE"));
    Module self = JavacEngine.class.getModule();
    return NEEDED_EXPORTS.stream()
        .filter(p -> !compiler.isExported(p, self))
        .toList();
  }

  /** Fails with a clear message when the JVM was started without the needed --add-exports. */
  private static void requireCompilerAccess() {
    List<String> missing = missingExports();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("the JVM needs --add-exports=jdk.compiler/" + missing.get(0)
          + "=ALL-UNNAMED (and the others listed in checker/pom.xml, gosafe.javac.exports)"
          + " to run Error Prone in-process");
    }
  }

  /** The outcome of one javac run: findings, and compile errors (one or more per failing file). */
  private record Round(List<Diagnostic> findings, List<InputError> errors) {}

  private Round compile(List<Path> absFiles, Map<Path, Path> asGiven) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler: run gosafe on a JDK, not a JRE");
    }
    Path out;
    try {
      out = Files.createTempDirectory("gosafe-javac");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
    try {
      DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
      StandardJavaFileManager standard =
          javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8);
      try (JavaFileManager fm = new SameLoaderFileManager(standard)) {
        Iterable<? extends JavaFileObject> units = standard.getJavaFileObjectsFromPaths(absFiles);
        JavacTask task = (JavacTask) javac.getTask(
            null, fm, collector, options(out), null, units);
        FlowSink flows = new FlowSink();
        registerFlowListener(task, flows);
        task.addTaskListener(new ProgressListener(progress));
        task.call();
        return toRound(collector.getDiagnostics(), asGiven, flows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(out);
    }
  }

  private List<String> options(Path out) {
    List<String> cp = new ArrayList<>();
    for (Path p : runtimeClasspath()) {
      cp.add(p.toString());
    }
    for (Path p : classpath) {
      cp.add(p.toString());
    }
    StringBuilder ep = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
    for (String id : Rules.IDS) {
      ep.append(" -Xep:").append(id).append(':').append(severityOverrides.getOrDefault(id, "WARN"));
    }
    for (String id : extraChecks) {
      ep.append(" -Xep:").append(id).append(":WARN");
    }
    ep.append(" -XepIgnoreUnknownCheckNames");
    List<String> opts = new ArrayList<>(List.of(
        "--release", "21",
        "-XDcompilePolicy=simple",
        "--should-stop=ifError=FLOW",
        "-XDaddTypeAnnotationsToSymbol=true",
        "-proc:none",
        "-implicit:none",
        "-encoding", "UTF-8",
        "-Xmaxerrs", "10000",
        "-Xmaxwarns", "100000",
        "-d", out.toString()));
    if (!cp.isEmpty()) {
      opts.add("-classpath");
      opts.add(String.join(java.io.File.pathSeparator, cp));
    }
    opts.add(ep.toString());
    return opts;
  }

  private Round toRound(List<javax.tools.Diagnostic<? extends JavaFileObject>> diags,
      Map<Path, Path> asGiven, FlowSink flows) {
    List<Diagnostic> findings = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    Set<Path> failed = new LinkedHashSet<>();
    List<String> globalErrors = new ArrayList<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : diags) {
      String raw = d.getMessage(Locale.ROOT);
      if (raw == null) {
        raw = "";
      }
      Path file = d.getSource() == null ? null : givenPath(d.getSource(), asGiven);
      Parsed p = parse(raw, extraChecks);
      if (p.ruleId != null || p.internal) {
        if (file == null) {
          continue;
        }
        Severity sev = switch (d.getKind()) {
          case ERROR -> Severity.ERROR;
          case WARNING, MANDATORY_WARNING -> Severity.WARNING;
          default -> Severity.NOTE;
        };
        int[] lineCol = lineColumn(d);
        int line = lineCol[0];
        int col = lineCol[1];
        List<Finding.Step> flow =
            p.ruleId == null ? List.of() : flows.take(p.ruleId, d.getPosition(), line, p.message);
        findings.add(new Diagnostic(file, line, col, sev, p.ruleId, p.message, NAME, flow));
      } else if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
        if (file == null) {
          globalErrors.add(firstLine(raw));
          continue;
        }
        Path abs = file.toAbsolutePath().normalize();
        if (failed.add(abs)) {
          errors.add(new InputError(file, (int) Math.max(0, d.getLineNumber()), firstLine(raw)));
        }
      }
    }
    if (!globalErrors.isEmpty() && errors.isEmpty()) {
      throw new IllegalStateException("javac failed: " + String.join("; ", globalErrors));
    }
    return new Round(findings, errors);
  }

  /**
   * The 1-based line and column of the diagnostic's position, the column counting characters (a
   * tab is one, as in {@code SourcePos}; javac's own column expands tabs). Error Prone reports at
   * the "preferred" position of what a check passed it: a call's parenthesis for a call tree, or
   * exactly the offset of a position the check built from {@code Finding.pos()}.
   */
  private static int[] lineColumn(javax.tools.Diagnostic<? extends JavaFileObject> d) {
    int line = (int) Math.max(0, d.getLineNumber());
    int col = (int) Math.max(0, d.getColumnNumber());
    long pos = d.getPosition();
    if (pos < 0 || d.getSource() == null) {
      return new int[] {line, col};
    }
    CharSequence text;
    try {
      text = d.getSource().getCharContent(true);
    } catch (IOException | UnsupportedOperationException e) {
      return new int[] {line, col};
    }
    if (pos > text.length()) {
      return new int[] {line, col};
    }
    int l = 1;
    int lineStart = 0;
    for (int i = 0; i < pos; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        l++;
        lineStart = i + 1;
      }
    }
    return new int[] {l, (int) pos - lineStart + 1};
  }

  /** A diagnostic message split into rule ID (or internal error) and clean text. */
  record Parsed(String ruleId, boolean internal, String message) {}

  static Parsed parse(String raw, List<String> extraIds) {
    String text = raw;
    int see = text.indexOf("\n    (see ");
    if (see < 0) {
      see = text.indexOf("(see http");
    }
    if (see >= 0) {
      text = text.substring(0, see);
    }
    text = text.strip();
    String id = null;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close > 0) {
        String candidate = text.substring(1, close);
        if (Rules.isRule(candidate) || extraIds.contains(candidate)) {
          id = candidate;
          text = text.substring(close + 1).strip();
        }
      }
    }
    boolean internal = text.toLowerCase(Locale.ROOT).startsWith("gosafe internal error")
        || raw.contains("An unhandled exception was thrown by the Error Prone");
    if (internal) {
      return new Parsed(null, true, firstLine(text));
    }
    return new Parsed(id, false, text);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static Path givenPath(JavaFileObject source, Map<Path, Path> asGiven) {
    URI uri = source.toUri();
    Path abs;
    try {
      abs = Path.of(uri).toAbsolutePath().normalize();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Path.of(source.getName());
    }
    return asGiven.getOrDefault(abs, abs);
  }

  /** Counts compilation units whose analysis (attribution, flow, Error Prone) has finished. */
  private static final class ProgressListener implements com.sun.source.util.TaskListener {
    private final java.util.function.IntConsumer sink;
    private final Set<Object> done =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ProgressListener(java.util.function.IntConsumer sink) {
      this.sink = sink;
    }

    @Override
    public void finished(com.sun.source.util.TaskEvent e) {
      if (e.getKind() == com.sun.source.util.TaskEvent.Kind.ANALYZE
          && e.getCompilationUnit() != null && done.add(e.getCompilationUnit())) {
        sink.accept(done.size());
      }
    }
  }

  // ---- flows (AnalysisCache.addListener, by reflection so the engine works without it) ----

  /**
   * Findings passed to the AnalysisCache sink. A diagnostic takes the flow of the finding with
   * the same rule and message at its offset, else on its line (findings carry no file name, so
   * two files with the same finding on the same line may swap flows; the steps are then still
   * of an identical finding).
   */
  private static final class FlowSink implements Consumer<Finding> {
    private final List<Finding> pending = new ArrayList<>();

    @Override
    public synchronized void accept(Finding f) {
      if (f != null && f.flow() != null && !f.flow().isEmpty()) {
        pending.add(f);
      }
    }

    synchronized List<Finding.Step> take(String rule, long offset, int line, String message) {
      Finding best = null;
      for (Finding f : pending) {
        if (!f.ruleId().equals(rule) || !f.message().strip().equals(message)) {
          continue;
        }
        if (f.pos().offset() == offset) {
          best = f;
          break;
        }
        if (best == null && f.pos().line() == line) {
          best = f;
        }
      }
      if (best == null) {
        return List.of();
      }
      pending.remove(best);
      return best.flow();
    }
  }

  private static void registerFlowListener(JavacTask task, Consumer<Finding> sink) {
    Method add = addListenerMethod();
    if (add == null || !(task instanceof BasicJavacTask basic)) {
      return;
    }
    try {
      add.invoke(null, basic.getContext(), sink);
    } catch (IllegalAccessException | InvocationTargetException e) {
      // flows are an extra; findings are still reported without them
    }
  }

  private static Method addListenerMethod() {
    try {
      Class<?> cache = Class.forName("dev.gosafe.checker.javac.AnalysisCache", true,
          JavacEngine.class.getClassLoader());
      return cache.getMethod("addListener", com.sun.tools.javac.util.Context.class, Consumer.class);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  // ---- class path of the checked code ----

  /** Resources that locate the gosafe runtime and the annotations its API carries. */
  private static final List<String> RUNTIME_MARKERS = List.of(
      "dev/gosafe/Chan.class", "dev/gosafe/Go.class", "dev/gosafe/Mutex.class",
      "dev/gosafe/WaitGroup.class");
  private static final List<String> ANNOTATION_MARKERS = List.of(
      "org/checkerframework/checker/lock/qual/GuardedBy.class");

  /** The gosafe runtime (and checker-qual) as found on this class's class path. */
  static List<Path> runtimeClasspath() {
    Set<Path> roots = new LinkedHashSet<>();
    Path runtime = locate(RUNTIME_MARKERS);
    if (runtime != null) {
      roots.add(runtime);
    }
    Path annotations = locate(ANNOTATION_MARKERS);
    if (annotations != null) {
      roots.add(annotations);
    }
    return List.copyOf(roots);
  }

  private static Path locate(List<String> markers) {
    ClassLoader loader = JavacEngine.class.getClassLoader();
    for (String marker : markers) {
      URL url = loader.getResource(marker);
      if (url == null) {
        continue;
      }
      Path root = rootOf(url, marker);
      if (root != null) {
        return root;
      }
    }
    return null;
  }

  private static Path rootOf(URL url, String marker) {
    try {
      String s = url.toString();
      if (s.startsWith("jar:")) {
        String jar = s.substring(4, s.indexOf("!/"));
        return Path.of(new URI(jar));
      }
      if (s.startsWith("file:")) {
        String root = s.substring(0, s.length() - marker.length());
        return Path.of(new URI(root));
      }
    } catch (URISyntaxException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
    return null;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // temp files; leave them
        }
      });
    } catch (IOException e) {
      // temp files; leave them
    }
  }

  /**
   * Answers the annotation-processor path with this class's own loader, so that javac's plugin
   * lookup and Error Prone's BugChecker lookup see the classes already loaded here.
   */
  private static final class SameLoaderFileManager
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    SameLoaderFileManager(StandardJavaFileManager fm) {
      super(fm);
    }

    @Override
    public boolean hasLocation(Location location) {
      if (location == StandardLocation.ANNOTATION_PROCESSOR_PATH) {
        return true;
      }
      if (location == StandardLocation.ANNOTATION_PROCESSOR_MODULE_PATH) {
        return false;
      }
      return super.hasLocation(location);
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
      if (location == StandardLocation.ANNOTATION_PROCESSOR_PATH) {
        // javac closes a Closeable processor loader when it is done; a class realm (Maven) or any
        // URLClassLoader would then be dead for the rest of the run: hand over a non-closeable
        // child that only delegates, so the classes are still ours
        return new ClassLoader(JavacEngine.class.getClassLoader()) { };
      }
      return super.getClassLoader(location);
    }
  }
}
