package dev.gosafe.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails each test (of the annotated class, or the annotated test method) whose gosafe tasks are
 * still alive when it ends: goleak for gosafe. After the test (and its {@code @AfterEach}
 * methods), the check waits up to {@link #graceMillis()} for the tasks the test started to end,
 * then fails the test with the checker rule {@code LeakedTask} and a dump of the leaked tasks.
 *
 * <pre>{@code
 * @CheckTaskLeaks(graceMillis = 500, ignore = "metrics-.*")
 * class PipelineTest { ... }
 * }</pre>
 *
 * <p>An annotation on a method overrides the one on its class. {@code
 * @ExtendWith(GoLeakExtension.class)} alone gives the defaults.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(GoLeakExtension.class)
public @interface CheckTaskLeaks {
  /** Default grace period in milliseconds. */
  long DEFAULT_GRACE_MILLIS = 200;

  /**
   * How long to wait, in milliseconds, for the test's tasks to end after the test before they
   * count as leaked.
   *
   * @return the grace period; 0 checks at once
   */
  long graceMillis() default DEFAULT_GRACE_MILLIS;

  /**
   * Task names to ignore, as regular expressions matched against the whole name (for example
   * {@code "metrics-.*"} for long-lived background tasks).
   *
   * @return the patterns
   */
  String[] ignore() default {};
}
