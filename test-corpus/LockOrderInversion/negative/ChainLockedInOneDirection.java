// Three locks along a chain (head, middle, tail) are always nested in chain order, whichever
// subset a method needs.
import java.util.concurrent.locks.ReentrantLock;

public class ChainLockedInOneDirection {
  private final ReentrantLock head = new ReentrantLock();
  private final ReentrantLock middle = new ReentrantLock();
  private final ReentrantLock tail = new ReentrantLock();
  private int visited;

  void walk() {
    head.lock();
    try {
      middle.lock();
      try {
        tail.lock();
        try {
          visited++;
        } finally {
          tail.unlock();
        }
      } finally {
        middle.unlock();
      }
    } finally {
      head.unlock();
    }
  }

  void touchBack() {
    middle.lock();
    try {
      tail.lock();
      try {
        visited--;
      } finally {
        tail.unlock();
      }
    } finally {
      middle.unlock();
    }
  }
}
