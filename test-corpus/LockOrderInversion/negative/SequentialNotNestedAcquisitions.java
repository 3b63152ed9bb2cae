// Each method takes the two locks one after the other, never one inside the other, so the order in
// which they are taken does not matter.
import dev.gosafe.Mutex;

public class SequentialNotNestedAcquisitions {
  private final Mutex left = new Mutex();
  private final Mutex right = new Mutex();
  private int l;
  private int r;

  void leftThenRight() {
    left.lock();
    try {
      l++;
    } finally {
      left.unlock();
    }
    right.lock();
    try {
      r++;
    } finally {
      right.unlock();
    }
  }

  void rightThenLeft() {
    right.lock();
    try {
      r--;
    } finally {
      right.unlock();
    }
    left.lock();
    try {
      l--;
    } finally {
      left.unlock();
    }
  }
}
