// A mailer that sends each message from its own platform thread; the thread body calls
// wg.add(1) before sending.
// At run time: await() races with the threads' add() and can return before any mail is sent.
import dev.gosafe.WaitGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class MailerAddInsideThreadBody {
  private final Set<String> sent = ConcurrentHashMap.newKeySet();

  void sendAll(List<String> recipients) throws InterruptedException {
    WaitGroup wg = new WaitGroup();
    List<Thread> threads = new ArrayList<>();
    for (String r : recipients) {
      Thread t = new Thread(() -> {
        // BUG: Diagnostic contains: WaitGroupAddInTask
        wg.add(1);
        try {
          sent.add(r);
        } finally {
          wg.done();
        }
      });
      t.start();
      threads.add(t);
    }
    wg.await();
    for (Thread t : threads) {
      t.join();
    }
  }
}
