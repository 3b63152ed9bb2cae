// Both nestings of the two table locks happen under one schema lock, so they can never overlap:
// the opposite orders cannot deadlock.
import dev.gosafe.Mutex;

public class GateLockSerialisesBothOrders {
  private final Mutex schema = new Mutex();
  private final Mutex users = new Mutex();
  private final Mutex groups = new Mutex();
  private int memberships;

  void addMember() {
    schema.lock();
    try {
      users.lock();
      try {
        groups.lock();
        try {
          memberships++;
        } finally {
          groups.unlock();
        }
      } finally {
        users.unlock();
      }
    } finally {
      schema.unlock();
    }
  }

  void removeGroup() {
    schema.lock();
    try {
      groups.lock();
      try {
        users.lock();
        try {
          memberships--;
        } finally {
          users.unlock();
        }
      } finally {
        groups.unlock();
      }
    } finally {
      schema.unlock();
    }
  }
}
