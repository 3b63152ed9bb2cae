// An order service nests try-with-resources lock handles: reserve() holds inventory then orders,
// cancel() holds orders then inventory.
// At run time: a reservation and a cancellation overlapping can deadlock.
import dev.gosafe.Mutex;

public class OrderAndInventoryLockedHandlesInversion {
  private final Mutex inventory = new Mutex();
  private final Mutex orders = new Mutex();
  private int stock = 5;
  private int open;

  void reserve() {
    try (var i = inventory.locked()) {
      try (var o = orders.locked()) {
        stock--;
        open++;
      }
    }
  }

  void cancel() {
    try (var o = orders.locked()) {
      // BUG: Diagnostic contains: LockOrderInversion
      try (var i = inventory.locked()) {
        stock++;
        open--;
      }
    }
  }
}
