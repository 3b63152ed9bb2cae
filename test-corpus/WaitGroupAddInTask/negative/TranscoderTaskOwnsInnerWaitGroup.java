// A video transcoder task that creates its own WaitGroup for the audio and video halves it starts,
// adds before starting them and awaits them itself; the caller joins the transcoder task.
import dev.gosafe.Go;
import dev.gosafe.Task;
import dev.gosafe.WaitGroup;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class TranscoderTaskOwnsInnerWaitGroup {
  private final Set<String> outputs = ConcurrentHashMap.newKeySet();

  void transcode(String file) {
    Task t = Go.go(() -> {
      WaitGroup halves = new WaitGroup();
      halves.add(2);
      Go.go(() -> {
        try {
          outputs.add(file + ".aac");
        } finally {
          halves.done();
        }
      });
      Go.go(() -> {
        try {
          outputs.add(file + ".h264");
        } finally {
          halves.done();
        }
      });
      halves.await();
      outputs.add(file + ".mp4");
    });
    t.join();
  }
}
