package dev.gosafe.checker.checks;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * Each check through javac + Error Prone + the shared Analyzer, on its clearest positive case and
 * the corrected version of it. The corpus (test-corpus/) covers the rules in depth; these tests
 * prove that each check is wired to the analysis end to end.
 */
class ChecksEndToEndTest {

  private CompilationTestHelper helper(Class<? extends GosafeCheck> check) {
    return CompilationTestHelper.newInstance(check, getClass());
  }

  @Test
  void lockNotReleasedWhenUnlockIsNotInFinally() {
    helper(LockNotReleased.class).addSourceLines("Cache.java",
        "import dev.gosafe.Mutex;",
        "class Cache {",
        "  private final Mutex mu = new Mutex();",
        "  void put() {",
        "    // BUG: Diagnostic contains: LockNotReleased",
        "    mu.lock();",
        "    save();",
        "    mu.unlock();",
        "  }",
        "  void putSafely() {",
        "    mu.lock();",
        "    try {",
        "      save();",
        "    } finally {",
        "      mu.unlock();",
        "    }",
        "  }",
        "  void putWithResources() {",
        "    try (var held = mu.locked()) {",
        "      save();",
        "    }",
        "  }",
        "  void save() {}",
        "}").doTest();
  }

  @Test
  void unlockWithoutLockWhenLockIsInsideTheTry() {
    helper(UnlockWithoutLock.class).addSourceLines("Pool.java",
        "import java.util.concurrent.locks.ReentrantLock;",
        "class Pool {",
        "  private final ReentrantLock lock = new ReentrantLock();",
        "  void take() {",
        "    try {",
        "      lock.lock();",
        "      work();",
        "    } finally {",
        "      // BUG: Diagnostic contains: UnlockWithoutLock",
        "      lock.unlock();",
        "    }",
        "  }",
        "  void work() {}",
        "}").doTest();
  }

  @Test
  void doubleLockOnAMutex() {
    helper(DoubleLock.class).addSourceLines("Counter.java",
        "import dev.gosafe.Mutex;",
        "class Counter {",
        "  private final Mutex mu = new Mutex();",
        "  void inc() {",
        "    mu.lock();",
        "    try {",
        "      // BUG: Diagnostic contains: DoubleLock",
        "      mu.lock();",
        "      mu.unlock();",
        "    } finally {",
        "      mu.unlock();",
        "    }",
        "  }",
        "}").doTest();
  }

  @Test
  void blockingReceiveUnderLock() {
    helper(BlockingUnderLock.class).addSourceLines("Relay.java",
        "import dev.gosafe.Chan;",
        "import dev.gosafe.Mutex;",
        "class Relay {",
        "  private final Mutex mu = new Mutex();",
        "  String next(Chan<String> in) {",
        "    mu.lock();",
        "    try {",
        "      // BUG: Diagnostic contains: BlockingUnderLock",
        "      return in.recv();",
        "    } finally {",
        "      mu.unlock();",
        "    }",
        "  }",
        "}").doTest();
  }

  @Test
  void waitGroupAddedInsideTheTask() {
    helper(WaitGroupAddInTask.class).addSourceLines("Crawler.java",
        "import dev.gosafe.Go;",
        "import dev.gosafe.WaitGroup;",
        "class Crawler {",
        "  void crawl() {",
        "    WaitGroup wg = new WaitGroup();",
        "    Go.go(() -> {",
        "      // BUG: Diagnostic contains: WaitGroupAddInTask",
        "      wg.add(1);",
        "      try {",
        "        fetch();",
        "      } finally {",
        "        wg.done();",
        "      }",
        "    });",
        "    wg.await();",
        "  }",
        "  void fetch() {}",
        "}").doTest();
  }

  @Test
  void waitGroupAddedMoreThanTasksStarted() {
    helper(UnbalancedWaitGroup.class).addSourceLines("Batch.java",
        "import dev.gosafe.Go;",
        "import dev.gosafe.WaitGroup;",
        "class Batch {",
        "  void run() {",
        "    WaitGroup wg = new WaitGroup();",
        "    // BUG: Diagnostic contains: UnbalancedWaitGroup",
        "    wg.add(2);",
        "    Go.go(() -> {",
        "      try {",
        "        work();",
        "      } finally {",
        "        wg.done();",
        "      }",
        "    });",
        "    wg.await();",
        "  }",
        "  void work() {}",
        "}").doTest();
  }

  @Test
  void contextCancelledOnlyOnSomePaths() {
    helper(LostCancel.class).addSourceLines("Service.java",
        "import dev.gosafe.CancelContext;",
        "import dev.gosafe.Context;",
        "class Service {",
        "  void handle(boolean fast) {",
        "    // BUG: Diagnostic contains: LostCancel",
        "    CancelContext ctx = Context.withCancel(Context.background());",
        "    if (fast) {",
        "      ctx.cancel();",
        "    }",
        "  }",
        "  void handleSafely() {",
        "    try (var ctx = Context.withCancel(Context.background())) {",
        "      work(ctx);",
        "    }",
        "  }",
        "  void work(Context ctx) {}",
        "}").doTest();
  }

  @Test
  void channelClosedTwice() {
    helper(ChannelCloseMisuse.class).addSourceLines("Producer.java",
        "import dev.gosafe.Chan;",
        "class Producer {",
        "  void produce() {",
        "    Chan<String> ch = Chan.make(1);",
        "    ch.send(\"a\");",
        "    ch.close();",
        "    // BUG: Diagnostic contains: ChannelCloseMisuse",
        "    ch.close();",
        "  }",
        "}").doTest();
  }

  @Test
  void stateBudgetFlagReachesTheAnalysis() {
    // Two independent tryLock branches give 4 path states at the exit; a budget of 1 state per
    // node makes the analysis skip the method silently instead of reporting.
    String[] source = {
        "import java.util.concurrent.locks.ReentrantLock;",
        "class Budget {",
        "  private final ReentrantLock a = new ReentrantLock();",
        "  private final ReentrantLock b = new ReentrantLock();",
        "  void both(boolean x) {",
        "    if (x) { a.lock(); a.unlock(); }",
        "    // BUG: Diagnostic contains: LockNotReleased",
        "    b.lock();",
        "    save();",
        "    b.unlock();",
        "  }",
        "  void save() {}",
        "}"};
    helper(LockNotReleased.class).addSourceLines("Budget.java", source).doTest();
    String[] silent = source.clone();
    silent[6] = "";
    helper(LockNotReleased.class).setArgs("-XepOpt:gosafe:StateBudget=1")
        .addSourceLines("Budget.java", silent).expectNoDiagnostics().doTest();
  }
}
