// The correct version of IndexerThreadStartedNeverJoined: the rebuild thread is joined before the
// index is read.
public class IndexerThreadJoined {
  private volatile int indexed;

  int rebuild() throws InterruptedException {
    Thread rebuilder = new Thread(() -> indexed = scan());
    rebuilder.start();
    rebuilder.join();
    return indexed;
  }

  private static int scan() {
    return 42;
  }
}
