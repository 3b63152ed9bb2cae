// The correct version of MailerAddInsideThreadBody: add(1) before start(), done() in the thread's
// finally.
import dev.gosafe.WaitGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class MailerAddBeforeThreadStart {
  private final Set<String> sent = ConcurrentHashMap.newKeySet();

  void sendAll(List<String> recipients) throws InterruptedException {
    WaitGroup wg = new WaitGroup();
    List<Thread> threads = new ArrayList<>();
    for (String r : recipients) {
      Thread t = new Thread(() -> {
        try {
          sent.add(r);
        } finally {
          wg.done();
        }
      });
      wg.add(1);
      t.start();
      threads.add(t);
    }
    wg.await();
    for (Thread t : threads) {
      t.join();
    }
  }
}
