// Pattern after GoBench GoKer grpc#660 (doCloseLoopUnary): the benchmark loop returns when the stop
// signal wins the select and never drains the worker's done channel.
// At run time: the worker blocks forever in done.send().
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;

public class BenchmarkLoopStopsWithoutDrainingDone {
  private int calls;

  void closeLoopUnary() {
    Chan<Boolean> stop = Chan.make(1);
    Chan<Boolean> done = Chan.make();
    // BUG: Diagnostic contains: LeakedTask
    Go.go(() -> {
      calls++;
      done.send(true);
    });
    Go.go(() -> stop.send(true));
    Select.select(
        Select.recv(stop, s -> calls = -1),
        Select.recv(done, d -> calls++));
  }
}
