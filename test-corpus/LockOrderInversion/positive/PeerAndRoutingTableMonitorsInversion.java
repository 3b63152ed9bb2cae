// A p2p node: connect() locks the peer set and then the routing table, prune() locks the routing
// table and then the peer set, both with synchronized blocks.
// At run time: connect and prune overlapping can deadlock.
import java.util.HashSet;
import java.util.Set;

public class PeerAndRoutingTableMonitorsInversion {
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
    synchronized (routes) {
      routes.remove(peer + "/32");
      // BUG: Diagnostic contains: LockOrderInversion
      synchronized (peers) {
        peers.remove(peer);
      }
    }
  }
}
