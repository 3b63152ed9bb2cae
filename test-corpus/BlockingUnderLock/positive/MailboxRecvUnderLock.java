// A mailbox that waits for the next message while holding the mutex that guards its counters.
// At run time: while no message arrives, recv() blocks with mu held, so stats() and every other
// user of mu block too.
import dev.gosafe.Chan;
import dev.gosafe.Mutex;

public class MailboxRecvUnderLock {
  private final Mutex mu = new Mutex();
  private final Chan<String> inbox = Chan.make(16);
  private long received;

  String next() {
    mu.lock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      String msg = inbox.recv();
      received++;
      return msg;
    } finally {
      mu.unlock();
    }
  }

  long stats() {
    mu.lock();
    try {
      return received;
    } finally {
      mu.unlock();
    }
  }
}
