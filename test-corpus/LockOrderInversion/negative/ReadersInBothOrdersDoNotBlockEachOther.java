// Two read paths nest the read locks of two RWMutexes in opposite orders; readers never exclude
// each other, so no deadlock is possible.
import dev.gosafe.RWMutex;

public class ReadersInBothOrdersDoNotBlockEachOther {
  private final RWMutex config = new RWMutex();
  private final RWMutex routes = new RWMutex();
  private int version = 1;
  private int routeCount = 2;

  int describeConfig() {
    config.rLock();
    try {
      routes.rLock();
      try {
        return version + routeCount;
      } finally {
        routes.rUnlock();
      }
    } finally {
      config.rUnlock();
    }
  }

  int describeRoutes() {
    routes.rLock();
    try {
      config.rLock();
      try {
        return routeCount * version;
      } finally {
        config.rUnlock();
      }
    } finally {
      routes.rUnlock();
    }
  }
}
