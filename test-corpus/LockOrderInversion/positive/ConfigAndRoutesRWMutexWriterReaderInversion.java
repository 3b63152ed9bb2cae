// A router keeps its config and its route table behind two RWMutexes; reload() write-locks config
// then read-locks routes, rebuild() write-locks routes then read-locks config.
// At run time: a writer on each lock waiting for a reader of the other deadlocks.
import dev.gosafe.RWMutex;

public class ConfigAndRoutesRWMutexWriterReaderInversion {
  private final RWMutex config = new RWMutex();
  private final RWMutex routes = new RWMutex();
  private int version;
  private int routeCount;

  void reload() {
    config.lock();
    try {
      routes.rLock();
      try {
        version = routeCount + 1;
      } finally {
        routes.rUnlock();
      }
    } finally {
      config.unlock();
    }
  }

  void rebuild() {
    routes.lock();
    try {
      // BUG: Diagnostic contains: LockOrderInversion
      config.rLock();
      try {
        routeCount = version * 2;
      } finally {
        config.rUnlock();
      }
    } finally {
      routes.unlock();
    }
  }
}
