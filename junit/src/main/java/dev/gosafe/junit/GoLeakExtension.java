package dev.gosafe.junit;

import dev.gosafe.TaskDump;
import java.lang.reflect.AnnotatedElement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/*
 * Maintainer note. Before each test the extension records the ids of the live gosafe tasks
 * (TaskDump task ids are start numbers, never reused); after it, a task counts as the test's if
 * its id was not live before and it is alive now: tasks that started and ended during the test are
 * not seen, and tasks other tests run concurrently (parallel execution) would be blamed on this
 * one, so use it on tests that run alone. It polls every 10 ms until the grace period ends.
 */

/**
 * The JUnit 5 extension behind {@link CheckTaskLeaks}: fails a test whose gosafe tasks outlive it,
 * printing their dump. Register it with {@code @CheckTaskLeaks} (to configure it) or with {@code
 * @ExtendWith(GoLeakExtension.class)} (defaults: 200 ms grace, nothing ignored).
 */
public final class GoLeakExtension implements BeforeEachCallback, AfterEachCallback {
  /** The checker rule that reports leaked tasks at compile time. */
  public static final String RULE = "LeakedTask";

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(GoLeakExtension.class);
  private static final String BEFORE = "liveTaskIdsBefore";

  /** Creates the extension (JUnit does). */
  public GoLeakExtension() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    Set<Long> ids = new HashSet<>();
    for (TaskDump.Entry e : TaskDump.capture().tasks()) {
      ids.add(e.taskId());
    }
    context.getStore(NS).put(BEFORE, ids);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    @SuppressWarnings("unchecked")
    Set<Long> before = (Set<Long>) context.getStore(NS).get(BEFORE, Set.class);
    if (before == null) {
      return;
    }
    Optional<CheckTaskLeaks> cfg = config(context);
    long grace = cfg.map(CheckTaskLeaks::graceMillis).orElse(CheckTaskLeaks.DEFAULT_GRACE_MILLIS);
    List<Pattern> ignore =
        Stream.of(cfg.map(CheckTaskLeaks::ignore).orElse(new String[0]))
            .map(Pattern::compile)
            .toList();
    long deadline = System.nanoTime() + grace * 1_000_000L;
    List<TaskDump.Entry> leaked = leaked(before, ignore);
    while (!leaked.isEmpty() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(10_000_000L);
      leaked = leaked(before, ignore);
    }
    if (!leaked.isEmpty()) {
      throw new AssertionError(message(context.getDisplayName(), grace, leaked));
    }
  }

  private static List<TaskDump.Entry> leaked(Set<Long> before, List<Pattern> ignore) {
    return TaskDump.capture().tasks().stream()
        .filter(e -> !before.contains(e.taskId()))
        .filter(e -> ignore.stream().noneMatch(p -> p.matcher(e.name()).matches()))
        .toList();
  }

  /** The failure message: what leaked, the rule, its docs page and the dump. */
  static String message(String test, long grace, List<TaskDump.Entry> leaked) {
    StringBuilder sb = new StringBuilder("gosafe: ");
    sb.append(leaked.size()).append(leaked.size() == 1 ? " task" : " tasks")
        .append(" started by test ").append(test).append(" still alive ").append(grace)
        .append(" ms after it ended (rule ").append(RULE).append(", see docs/rules/")
        .append(RULE).append(".md). End every task before the test returns: close its channels,")
        .append(" cancel its context, or join it.\n");
    for (TaskDump.Entry e : leaked) {
      sb.append('\n').append(e);
    }
    return sb.toString();
  }

  private static Optional<CheckTaskLeaks> config(ExtensionContext context) {
    Optional<CheckTaskLeaks> m = find(context.getTestMethod().orElse(null));
    if (m.isPresent()) {
      return m;
    }
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      Optional<CheckTaskLeaks> t = find(c.get().getTestClass().orElse(null));
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static Optional<CheckTaskLeaks> find(AnnotatedElement element) {
    return element == null
        ? Optional.empty()
        : AnnotationSupport.findAnnotation(element, CheckTaskLeaks.class);
  }
}
