// The fixed version of GoBench GoKer grpc#1275: closing the stream sends the reader the message it
// waits for, so the reader finishes and closes donec.
import dev.gosafe.Chan;
import dev.gosafe.Go;

public class StreamCloseWakesReader {
  private int bytesRead;

  void closeInflightStream() {
    Chan<byte[]> recvBuffer = Chan.make();
    Chan<Boolean> donec = Chan.make();
    Go.go(() -> {
      byte[] chunk = recvBuffer.recv();
      bytesRead += chunk == null ? 0 : chunk.length;
      donec.close();
    });
    recvBuffer.send(new byte[0]);
    donec.recv();
  }
}
