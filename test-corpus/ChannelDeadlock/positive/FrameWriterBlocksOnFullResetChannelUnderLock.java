// Pattern after GoBench GoKer kubernetes#6632 (spdy connection): WriteFrame holds the write lock
// while it pushes onto the full reset channel; the monitor needs the write lock before draining.
// At run time: the writer waits for buffer space while holding writeLock, the monitor waits for
// writeLock: both block forever.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class FrameWriterBlocksOnFullResetChannelUnderLock {
  private boolean closing;

  void monitor() {
    Mutex writeLock = new Mutex();
    Chan<Integer> resetChan = Chan.make(1);
    Task writer = Go.go(() -> {
      resetChan.send(1);
      writeLock.lock();
      try {
        // BUG: Diagnostic contains: BlockingUnderLock
        // BUG: Diagnostic contains: ChannelDeadlock
        resetChan.send(2);
      } finally {
        writeLock.unlock();
      }
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
