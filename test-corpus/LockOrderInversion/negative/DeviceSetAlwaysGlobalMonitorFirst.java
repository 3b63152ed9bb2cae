// The fixed version of GoBench GoKer moby#4951: every path takes the global devices monitor before
// a device's monitor.
public class DeviceSetAlwaysGlobalMonitorFirst {
  private final Object devices = new Object();
  private final Object baseInfo = new Object();
  private int active;

  void removeDevice() {
    synchronized (devices) {
      synchronized (baseInfo) {
        active--;
      }
    }
  }

  void deactivateDevice() {
    synchronized (devices) {
      synchronized (baseInfo) {
        active = 0;
      }
    }
  }
}
