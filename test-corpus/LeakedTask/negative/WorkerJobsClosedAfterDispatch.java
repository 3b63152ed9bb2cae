// The correct version of WorkerRangesOverJobsNeverClosed: the dispatcher closes the jobs channel
// after the last job, so the worker's loop ends.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class WorkerJobsClosedAfterDispatch {
  int dispatch() {
    Chan<String> jobs = Chan.make(2);
    Chan<Integer> results = Chan.make();
    Go.go(() -> {
      for (String job : jobs) {
        results.send(job.length());
      }
    });
    jobs.send("resize");
    jobs.send("upload");
    jobs.close();
    return results.recv() + results.recv();
  }
}
