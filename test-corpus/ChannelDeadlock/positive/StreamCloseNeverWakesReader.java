// Pattern after GoBench GoKer grpc#1275 (in-flight stream closing): the main task waits for the
// reader to finish, the reader waits for a message that CloseStream() should send but does not.
// At run time: the reader blocks in recv() on recvBuffer, the caller blocks on donec: both forever.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class StreamCloseNeverWakesReader {
  private int bytesRead;

  void closeInflightStream() {
    Chan<byte[]> recvBuffer = Chan.make();
    Chan<Boolean> donec = Chan.make();
    Go.go(() -> {
      // BUG: Diagnostic contains: ChannelDeadlock
      byte[] chunk = recvBuffer.recv();
      bytesRead += chunk == null ? 0 : chunk.length;
      donec.close();
    });
    closeStream();
    // BUG: Diagnostic contains: ChannelDeadlock
    donec.recv();
  }

  private void closeStream() {
    bytesRead = -1;
  }
}
