// A p2p node whose connect() and prune() both lock the peer set before the routing table.
import java.util.HashSet;
import java.util.Set;

public class NestedMonitorsSameOrderEverywhere {
  private final Set<String> peers = new HashSet<>();
  private final Set<String> routes = new HashSet<>();

  void connect(String peer) {
    synchronized (peers) {
      peers.add(peer);
      synchronized (routes) {
        routes.add(peer + "/32");
      }
    }
  }

  void prune(String peer) {
    synchronized (peers) {
      synchronized (routes) {
        routes.remove(peer + "/32");
      }
      peers.remove(peer);
    }
  }
}
