// The correct version of MailboxRecvUnderLock: the message is received first, then the counter is
// updated under the mutex.
import dev.gosafe.Chan;
import dev.gosafe.Mutex;

public class MailboxRecvBeforeLock {
  private final Mutex mu = new Mutex();
  private final Chan<String> inbox = Chan.make(16);
  private long received;

  String next() {
    String msg = inbox.recv();
    mu.lock();
    try {
      received++;
    } finally {
      mu.unlock();
    }
    return msg;
  }
}
