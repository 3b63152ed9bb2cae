// A backup job that starts one upload task, which calls wg.add(1) as its first statement.
// At run time: await() usually runs before the task is scheduled, sees zero and returns; the
// caller deletes the local copy while the upload is still reading it.
import dev.gosafe.Go;
import dev.gosafe.WaitGroup;
import java.util.concurrent.atomic.AtomicLong;

public class BackupAddInsideSingleTask {
  private final AtomicLong uploadedBytes = new AtomicLong();

  void backup(byte[] archive) {
    WaitGroup wg = new WaitGroup();
    Go.go(() -> {
      // BUG: Diagnostic contains: WaitGroupAddInTask
      wg.add(1);
      try {
        uploadedBytes.addAndGet(archive.length);
      } finally {
        wg.done();
      }
    });
    wg.await();
  }
}
