// Each method creates its own pair of locks: the opposite nestings act on different objects and
// cannot deadlock with each other.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.Task;

public class LocalLocksOfDifferentCallsAreDifferentObjects {
  private int a;
  private int b;

  void forward() {
    Mutex first = new Mutex();
    Mutex second = new Mutex();
    Task t = Go.go(() -> {
      first.lock();
      try {
        second.lock();
        try {
          a++;
        } finally {
          second.unlock();
        }
      } finally {
        first.unlock();
      }
    });
    t.join();
  }

  void backward() {
    Mutex first = new Mutex();
    Mutex second = new Mutex();
    Task t = Go.go(() -> {
      second.lock();
      try {
        first.lock();
        try {
          b++;
        } finally {
          first.unlock();
        }
      } finally {
        second.unlock();
      }
    });
    t.join();
  }
}
