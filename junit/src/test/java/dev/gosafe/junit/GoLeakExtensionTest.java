package dev.gosafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Task;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs example test classes through the JUnit Platform test kit: leaking ones must fail. */
class GoLeakExtensionTest {
  /** Released after each test so that the examples' tasks end. */
  private static volatile Chan<Integer> release = Chan.make();

  @AfterEach
  void releaseLeakedTasks() {
    release.close();
    release = Chan.make();
  }

  @Test
  void aTestWhoseTaskOutlivesItFailsNamingTheRuleTheTaskAndItsBlockingCall() {
    EngineExecutionResults r = run(LeakingExample.class);
    r.testEvents().assertStatistics(s -> s.started(1).failed(1).succeeded(0));
    String message = failureMessage(r);
    assertTrue(message.startsWith("gosafe: 1 task started by test leaks() still alive"), message);
    assertTrue(message.contains("(rule LeakedTask, see docs/rules/LeakedTask.md)"), message);
    assertTrue(message.contains("task \"leaky-worker\""), message);
    assertTrue(message.contains("[chan receive]"), message);
    assertTrue(message.contains("GoLeakExtensionTest.java"), message);
  }

  @Test
  void aTestThatJoinsItsTasksPasses() {
    run(CleanExample.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
  }

  @Test
  void ignoredNamesAndTheGracePeriodAreHonoured() {
    run(TolerantExample.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
  }

  @Test
  void aMethodAnnotationOverridesTheClassOne() {
    EngineExecutionResults r = run(MethodOverrideExample.class);
    r.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    List<Event> failed = r.testEvents().failed().list();
    assertEquals("strictMethod()", failed.get(0).getTestDescriptor().getDisplayName());
  }

  private static EngineExecutionResults run(Class<?> example) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute();
  }

  private static String failureMessage(EngineExecutionResults r) {
    return r.testEvents().failed().list().get(0).getPayload(
            org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }

  private static void blockUntilReleased() {
    release.recv();
  }

  // ---- examples, run only through the test kit (surefire excludes nested classes) ---------

  @CheckTaskLeaks(graceMillis = 50)
  static class LeakingExample {
    @Test
    void leaks() {
      Go.go("leaky-worker", GoLeakExtensionTest::blockUntilReleased);
    }
  }

  @CheckTaskLeaks
  static class CleanExample {
    @Test
    void joinsItsTask() {
      Chan<Integer> ch = Chan.make();
      Task t = Go.go(() -> ch.send(1));
      assertEquals(1, ch.recv());
      t.join();
    }

    @Test
    void aTaskEndingWithinTheGracePeriodIsNoLeak() {
      Go.go(() -> java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L));
    }
  }

  @CheckTaskLeaks(graceMillis = 1_000, ignore = "background-.*")
  static class TolerantExample {
    @Test
    void ignoresBackgroundTasks() {
      Go.go("background-metrics", GoLeakExtensionTest::blockUntilReleased);
    }

    @Test
    void waitsForSlowTasks() {
      Go.go(() -> java.util.concurrent.locks.LockSupport.parkNanos(300_000_000L));
    }
  }

  @CheckTaskLeaks(ignore = ".*")
  static class MethodOverrideExample {
    @Test
    void lenientClass() {
      Go.go("ignored-by-class", GoLeakExtensionTest::blockUntilReleased);
    }

    @Test
    @CheckTaskLeaks(graceMillis = 20)
    void strictMethod() {
      Go.go("caught-by-method", GoLeakExtensionTest::blockUntilReleased);
    }
  }
}
