package dev.gosafe.maven;

import dev.gosafe.checker.cli.EmbeddedCheck;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/** The files of the source roots that are checked: every {@code .java} file not excluded. */
final class SourceSelection {
  private SourceSelection() {}

  /**
   * The {@code .java} files under {@code roots} (as {@code gosafe check} finds them) whose path
   * relative to their root, with '/' separators, matches none of the glob {@code excludes}.
   */
  static List<Path> select(List<Path> roots, List<String> excludes) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String g : excludes == null ? List.<String>of() : excludes) {
      if (g != null && !g.isBlank()) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g.strip()));
      }
    }
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      for (Path f : EmbeddedCheck.javaFiles(List.of(root)).files()) {
        String rel = root.toAbsolutePath().normalize().relativize(f).toString().replace('\\', '/');
        if (matchers.stream().noneMatch(m -> m.matches(Path.of(rel)))) {
          out.add(f);
        }
      }
    }
    return out;
  }
}
