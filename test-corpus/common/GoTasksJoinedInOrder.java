// Resizes images in parallel with one gosafe task per image, keeps the Task handles, and joins
// each of them. Correct: every started task is joined.
import dev.gosafe.Go;
import dev.gosafe.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class GoTasksJoinedInOrder {
  static Map<String, Integer> resizeAll(List<String> images) {
    Map<String, Integer> sizes = new ConcurrentHashMap<>();
    List<Task> tasks = new ArrayList<>();
    for (String img : images) {
      tasks.add(Go.go(() -> sizes.put(img, img.length() / 2)));
    }
    for (Task t : tasks) {
      t.join();
    }
    return sizes;
  }
}
