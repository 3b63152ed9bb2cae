// The correct version of BackupAddInsideSingleTask: wg.go() does add(1) in the caller, starts the
// task and calls done() when it ends.
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicLong;

public class BackupWaitGroupGo {
  private final AtomicLong uploadedBytes = new AtomicLong();

  void backup(byte[] archive) {
    WaitGroup wg = new WaitGroup();
    wg.go(() -> uploadedBytes.addAndGet(archive.length));
    wg.await();
  }
}
