// The fixed version of GoBench GoKer kubernetes#6632: the writer pushes onto the reset channel
// without holding the write lock, so the monitor can always take the lock and drain it.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class FrameWriterSendsOutsideLock {
  private boolean closing;
  private int frames;

  void monitor() {
    Mutex writeLock = new Mutex();
    Chan<Integer> resetChan = Chan.make(1);
    Task writer = Go.go(() -> {
      resetChan.send(1);
      writeLock.lock();
      try {
        frames++;
      } finally {
        writeLock.unlock();
      }
      resetChan.send(2);
    });
    writeLock.lock();
    try {
      closing = true;
    } finally {
      writeLock.unlock();
    }
    resetChan.recv();
    resetChan.recv();
    writer.join();
  }
}
