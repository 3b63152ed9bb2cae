// Pattern after GoBench GoKer moby#4951 (devmapper DeviceSet): removing a device takes the global
// devices monitor and then the device's monitor; deactivating takes the device's monitor and then
// the global one.
// At run time: remove and deactivate running together deadlock.
public class DeviceSetGlobalAndDeviceMonitorInversion {
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
    synchronized (baseInfo) {
      // BUG: Diagnostic contains: LockOrderInversion
      synchronized (devices) {
        active = 0;
      }
    }
  }
}
