package dev.gosafe;

import static dev.gosafe.ChanTestSupport.awaitBlocked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TaskDumpTest {

  @Test
  void aDumpListsEachLiveTaskWithItsStateOperationObjectSourceLineAndStack() {
    Chan<Integer> ch = Chan.make();
    Task blocked = Go.go("dump-blocked", () -> ch.recv());
    awaitBlocked(blocked, Blocking.CHAN_RECV);

    TaskDump dump = TaskDump.capture();

    TaskDump.Entry e =
        dump.tasks().stream().filter(t -> t.name().equals("dump-blocked")).findFirst().orElseThrow();
    assertTrue(e.isTask());
    assertEquals(TaskDump.State.BLOCKED, e.state());
    assertEquals("chan receive", e.operation());
    assertEquals(ch.toString(), e.blockedOn());
    assertEquals("TaskDumpTest.java", e.site().getFileName());
    assertFalse(e.stack().isEmpty());
    String text = dump.toString();
    assertTrue(text.startsWith("gosafe task dump: "), text);
    assertTrue(
        text.contains("task \"dump-blocked\" #" + blocked.id() + " [chan receive] on " + ch + " at "),
        text);
    ch.send(1);
    blocked.join();
    assertTrue(
        TaskDump.capture().tasks().stream().noneMatch(t -> t.name().equals("dump-blocked")));
  }

  @Test
  void aRunningTaskHasNoOperationAndATimedWaitIsMarked() {
    Chan<Integer> stop = Chan.make();
    Chan<Integer> never = Chan.make();
    Task timed =
        Go.go(
            "dump-timed",
            () ->
                Select.select(
                    Select.recv(never, v -> {}),
                    Select.recv(stop, v -> {}),
                    Select.after(java.time.Duration.ofMinutes(1), () -> {})));
    awaitBlocked(timed, Blocking.SELECT);
    TaskDump.Entry e =
        TaskDump.capture().tasks().stream()
            .filter(t -> t.name().equals("dump-timed"))
            .findFirst()
            .orElseThrow();
    assertEquals(TaskDump.State.BLOCKED_WITH_TIMEOUT, e.state());
    assertTrue(e.blockedOn().contains("recv " + never), e.blockedOn());
    assertTrue(e.blockedOn().contains("after PT1M"), e.blockedOn());
    stop.send(1);
    timed.join();

    TaskDump.Entry self =
        TaskDump.entryOf(Blocking.current());
    assertEquals(TaskDump.State.RUNNING, self.state());
    assertNull(self.operation());
  }
}
