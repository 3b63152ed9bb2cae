package dev.gosafe.checker.engine;

import com.google.errorprone.BugPattern;
import java.util.List;
import java.util.Optional;

/**
 * The rule IDs of SPEC.md and their metadata, read from each check class's {@code @BugPattern}
 * (the one source of truth for summaries and links).
 */
public final class Rules {
  private Rules() {}

  /** Package of the check classes; a rule's class is {@code CHECKS_PACKAGE + "." + id}. */
  public static final String CHECKS_PACKAGE = "dev.gosafe.checker.checks";

  /** Every rule ID, in SPEC.md's order. */
  public static final List<String> IDS = List.of(
      "LeakedTask",
      "UnbalancedWaitGroup",
      "WaitGroupAddInTask",
      "LockNotReleased",
      "UnlockWithoutLock",
      "DoubleLock",
      "LockOrderInversion",
      "BlockingUnderLock",
      "ChannelDeadlock",
      "ChannelCloseMisuse",
      "LostCancel");

  /** Docs page of a rule, used when the check class is not available. */
  public static String docsLink(String id) {
    return "https://github.com/gosafe-dev/gosafe/blob/main/docs/rules/" + id + ".md";
  }

  /** A rule's metadata. */
  public record Meta(String id, String summary, String link) {}

  /** Whether {@code id} is one of gosafe's rule IDs. */
  public static boolean isRule(String id) {
    return IDS.contains(id);
  }

  /** The metadata of rule {@code id} from its check class, or empty if the class is absent. */
  public static Optional<Meta> meta(String id) {
    try {
      Class<?> c = Class.forName(CHECKS_PACKAGE + "." + id, false, Rules.class.getClassLoader());
      BugPattern p = c.getAnnotation(BugPattern.class);
      if (p == null) {
        return Optional.empty();
      }
      String link = p.link().isEmpty() ? docsLink(id) : p.link();
      return Optional.of(new Meta(id, p.summary(), link));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}
