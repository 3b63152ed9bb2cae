package example.inventory;

import dev.gosafe.CancelContext;
import dev.gosafe.Chan;
import dev.gosafe.Context;
import java.time.Duration;
import java.util.List;

/** Places orders against the ledger and publishes order events. */
public final class OrderService {
  private final StockLedger ledger;
  private final Payments payments;

  public OrderService(StockLedger ledger, Payments payments) {
    this.ledger = ledger;
    this.payments = payments;
  }

  /**
   * Reserves the items and charges the customer within two seconds.
   * BUG: the early return for an empty cart never cancels ctx, so its timer and everything
   * waiting on ctx.done() stay alive until the timeout.
   */
  public boolean placeOrder(Context parent, String customer, List<Item> items) {
    CancelContext ctx = Context.withTimeout(parent, Duration.ofSeconds(2));
    if (items.isEmpty()) {
      return false;
    }
    try {
      for (Item item : items) {
        if (!ledger.reserve(item.sku(), item.units())) {
          return false;
        }
      }
      return payments.charge(ctx, customer, items);
    } finally {
      ctx.cancel();
    }
  }

  /** Refunds an order; the context is closed on every path by try-with-resources. */
  public void refund(Context parent, String customer, List<Item> items) {
    try (CancelContext ctx = Context.withCancel(parent)) {
      payments.refund(ctx, customer, items);
      for (Item item : items) {
        ledger.release(item.sku(), item.units());
      }
    }
  }

  /**
   * Queues events for publishing, stopping at the first blank one; returns how many were queued.
   * BUG: a blank event closes the queue and breaks out of the loop, then the queue is closed
   * again, which throws ClosedChannelException.
   */
  public int publish(List<String> events) {
    Chan<String> queue = Chan.make(events.size());
    for (String e : events) {
      if (e.isBlank()) {
        queue.close();
        break;
      }
      queue.send(e);
    }
    queue.close();
    int queued = 0;
    for (String e : queue) {
      queued++;
    }
    return queued;
  }

  /** One order line. */
  public record Item(String sku, int units) {}

  /** Payment provider. */
  public interface Payments {
    boolean charge(Context ctx, String customer, List<Item> items);

    void refund(Context ctx, String customer, List<Item> items);
  }
}
