package dev.gosafe.checker.source;

import java.nio.file.Path;

/**
 * The source root of a file: its folder less the package's folders (for JavaParserTypeSolver). The
 * package comes from the file's {@link Prefilter} scan, which skips comments, so a package clause
 * after a long header (the JDK's package-info.java files) is found too.
 */
final class SourceRoots {
  private SourceRoots() {}

  /** The root folder of {@code file} in package {@code pkg}, or null when its folders do not match. */
  static Path rootOf(Path file, String pkg) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    if (pkg.isEmpty()) {
      return dir;
    }
    String[] parts = pkg.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (dir == null || dir.getFileName() == null || !dir.getFileName().toString().equals(parts[i])) {
        return null;
      }
      dir = dir.getParent();
    }
    return dir;
  }
}
