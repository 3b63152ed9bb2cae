// A factory creates an executor and returns it: the caller owns it and shuts it down.
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ExecutorHandedToCaller {
  ExecutorService newIoPool(int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    return pool;
  }
}
