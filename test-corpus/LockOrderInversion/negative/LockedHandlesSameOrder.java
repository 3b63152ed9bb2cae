// The fixed version of OrderAndInventoryLockedHandlesInversion: both methods open the inventory
// handle before the orders handle.
import dev.gosafe.Mutex;

public class LockedHandlesSameOrder {
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
    try (var i = inventory.locked()) {
      try (var o = orders.locked()) {
        stock++;
        open--;
      }
    }
  }
}
