package dev.gosafe.checker.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.bugpatterns.BugChecker;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.checks.BlockingUnderLock;
import dev.gosafe.checker.checks.ChannelCloseMisuse;
import dev.gosafe.checker.checks.ChannelDeadlock;
import dev.gosafe.checker.checks.DoubleLock;
import dev.gosafe.checker.checks.LeakedTask;
import dev.gosafe.checker.checks.LockNotReleased;
import dev.gosafe.checker.checks.LockOrderInversion;
import dev.gosafe.checker.checks.LostCancel;
import dev.gosafe.checker.checks.UnbalancedWaitGroup;
import dev.gosafe.checker.checks.UnlockWithoutLock;
import dev.gosafe.checker.checks.WaitGroupAddInTask;
import dev.gosafe.checker.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Error Prone wiring of every check, independent of the analyses: the Analyzer is replaced by
 * a hook that returns chosen findings, and each check must report exactly its own rule's findings
 * at their positions, in the right method, honouring {@code @SuppressWarnings}.
 */
class CheckWiringTest {

  private static final String[] SOURCE = {
      "import dev.gosafe.Mutex;",
      "class Test {",
      "  private final Mutex mu = new Mutex();",
      "  void run() {",
      "    work();",
      "    Runnable r = () -> {",
      "      // BUG: Diagnostic contains: in-lambda",
      "      mu.lock();",
      "    };",
      "    // BUG: Diagnostic contains: at-call",
      "    mu.lock();",
      "  }",
      "  @SuppressWarnings(\"%s\")",
      "  void quiet() {",
      "    mu.lock();",
      "  }",
      "  void work() {}",
      "}",
  };

  @AfterEach
  void clearHook() {
    AnalysisCache.analyzerHook = null;
  }

  static Stream<Class<? extends BugChecker>> checks() {
    return Stream.of(LeakedTask.class, UnbalancedWaitGroup.class, WaitGroupAddInTask.class,
        LockNotReleased.class, UnlockWithoutLock.class, DoubleLock.class, LockOrderInversion.class,
        BlockingUnderLock.class, ChannelDeadlock.class, ChannelCloseMisuse.class, LostCancel.class);
  }

  private static String[] source(String rule) {
    String[] lines = SOURCE.clone();
    lines[12] = String.format(lines[12], rule);
    return lines;
  }

  private static int offsetOf(String[] lines, int lineIndex, String text) {
    int offset = 0;
    for (int i = 0; i < lineIndex; i++) {
      offset += lines[i].length() + 1;
    }
    return offset + lines[lineIndex].indexOf(text);
  }

  private static Finding finding(String rule, String[] lines, int lineIndex, String sig, String msg) {
    int off = offsetOf(lines, lineIndex, lineIndex == 4 ? "work()" : "mu.lock()");
    return new Finding(rule, new SourcePos(lineIndex + 1, 1, off), msg, "Test", sig, List.of());
  }

  @ParameterizedTest
  @MethodSource("checks")
  void reportsItsOwnRulesFindingsInTheRightMethod(Class<? extends BugChecker> check) {
    String rule = check.getSimpleName();
    String other = rule.equals("DoubleLock") ? "LostCancel" : "DoubleLock";
    String[] lines = source(rule);
    AnalysisCache.analyzerHook = model -> List.of(
        finding(rule, lines, 10, "run()", rule + " at-call: mu stays locked"),
        finding(rule, lines, 7, "run()", rule + " in-lambda"),
        finding(other, lines, 4, "run()", "must not appear"),
        finding(rule, lines, 14, "quiet()", "suppressed"));
    CompilationTestHelper.newInstance(check, getClass())
        .addSourceLines("Test.java", lines)
        .doTest();
  }

  @Test
  void listenersSeeExactlyTheReportedFindings() throws Exception {
    String[] lines = source("LockNotReleased");
    Finding shown = finding("LockNotReleased", lines, 10, "run()", "at-call");
    Finding lambda = finding("LockNotReleased", lines, 7, "run()", "in-lambda");
    Finding suppressed = finding("LockNotReleased", lines, 14, "quiet()", "suppressed");
    Finding otherRule = finding("DoubleLock", lines, 10, "run()", "check not enabled");
    AnalysisCache.analyzerHook = model -> List.of(shown, lambda, suppressed, otherRule);
    List<Finding> seen = new ArrayList<>();
    List<String> warnings = ErrorProneRun.compile(String.join("\n", lines),
        context -> AnalysisCache.addListener(context, seen::add), LockNotReleased.class);
    assertEquals(List.of(lambda, shown), seen.stream()
        .sorted(java.util.Comparator.comparingInt(f -> f.pos().offset())).toList());
    assertEquals(2, warnings.size(), warnings.toString());
  }

  @Test
  void anAnalyzerCrashIsReportedOnceAsAPlainWarningAndCompilationContinues() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    AnalysisCache.analyzerHook = model -> {
      calls.incrementAndGet();
      throw new IllegalStateException("boom");
    };
    List<String> warnings = ErrorProneRun.compile(String.join("\n",
            "import dev.gosafe.Mutex;",
            "class Test {",
            "  private final Mutex mu = new Mutex();",
            "  void a() { mu.lock(); }",
            "  void b() { mu.lock(); }",
            "}"),
        context -> { }, LockNotReleased.class, DoubleLock.class, LostCancel.class);
    assertEquals(List.of("4: gosafe internal error in Test.java while analysing the file:"
        + " java.lang.IllegalStateException: boom; gosafe's checks skipped this file, please report"
        + " it with this message"), warnings);
    assertEquals(1, calls.get(), "the model is analysed once per compilation unit");
  }

  @Test
  void aFrontEndCrashNamesTheMethodAndTheOtherMethodsAreStillChecked() throws Exception {
    JavacModelBuilder.failureHook = name -> name.equals("b");
    AnalysisCache.analyzerHook = model -> {
      // the method that failed has an empty body; the others are modelled
      var a = model.classes().get(0).methods().stream().filter(m -> m.name().equals("a"))
          .findFirst().orElseThrow();
      return List.of(new Finding("LockNotReleased", firstEventPos(a.body()), "found in a", "Test",
          "a()", List.of()));
    };
    try {
      List<String> warnings = ErrorProneRun.compile(String.join("\n",
              "import dev.gosafe.Mutex;",
              "class Test {",
              "  private final Mutex mu = new Mutex();",
              "  void a() { mu.lock(); }",
              "  void b() { mu.lock(); }",
              "}"),
          context -> { }, LockNotReleased.class, DoubleLock.class);
      assertEquals(2, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).startsWith("4: [LockNotReleased] found in a"), warnings.get(0));
      assertTrue(warnings.get(1).startsWith("5: gosafe internal error in Test.java in method Test.b():"
          + " java.lang.IllegalStateException: injected failure"), warnings.get(1));
    } finally {
      JavacModelBuilder.failureHook = null;
    }
  }

  private static SourcePos firstEventPos(dev.gosafe.checker.model.Stmt s) {
    return JavacModels.events(s).get(0).pos();
  }

}
