// The fixed version of GoBench GoKer grpc#660: the worker's done channel is buffered, so it can
// finish even when the stop signal wins the select.
import dev.gosafe.Chan;
import dev.gosafe.Go;
import dev.gosafe.Select;

public class BenchmarkLoopDoneChannelBuffered {
  private int calls;

  void closeLoopUnary() {
    Chan<Boolean> stop = Chan.make(1);
    Chan<Boolean> done = Chan.make(1);
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
