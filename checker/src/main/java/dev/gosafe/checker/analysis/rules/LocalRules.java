package dev.gosafe.checker.analysis.rules;

import java.util.List;

/** The within-one-task rules of issue 3, in a stable order. */
public final class LocalRules {
  private LocalRules() {}

  public static List<Rule> all() {
    return List.of(new LockNotReleasedRule(), new UnlockWithoutLockRule(), new DoubleLockRule(),
        new BlockingUnderLockRule(), new UnbalancedWaitGroupRule(), new WaitGroupAddInTaskRule(),
        new LostCancelRule(), new ChannelCloseMisuseRule());
  }
}
