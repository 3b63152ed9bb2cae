// A worker processes jobs with a for-each over the jobs channel; the dispatcher sends two jobs,
// collects two results and returns without closing the jobs channel.
// At run time: the worker waits forever for a third job.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class WorkerRangesOverJobsNeverClosed {
  int dispatch() {
    Chan<String> jobs = Chan.make(2);
    Chan<Integer> results = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> {
      for (String job : jobs) {
        results.send(job.length());
      }
    });
    jobs.send("resize");
    jobs.send("upload");
    return results.recv() + results.recv();
  }
}
