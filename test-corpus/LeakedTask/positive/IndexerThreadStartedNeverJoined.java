// An indexer starts a platform thread to rebuild the index and forgets it.
// At run time: nothing waits for the thread or notices that it failed; callers read a half-built
// index.
public class IndexerThreadStartedNeverJoined {
  private volatile int indexed;

  void rebuild() {
    Thread rebuilder = new Thread(() -> indexed = scan());
    // BUG: Diagnostic contains: LeakedTask
    rebuilder.start();
  }

  private static int scan() {
    return 42;
  }
}
