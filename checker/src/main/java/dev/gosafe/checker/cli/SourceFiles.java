package dev.gosafe.checker.cli;

import dev.gosafe.checker.engine.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@code .java} files named by the command line's PATHs, in a deterministic order. */
final class SourceFiles {
  private SourceFiles() {}

  /** Files found, and PATHs that do not exist or cannot be read. */
  record Found(List<Path> files, List<InputError> errors) {}

  /**
   * Each PATH (resolved against {@code cwd}) that is a file is taken as given; each folder is
   * walked for {@code .java} files, skipping hidden folders, sorted by path.
   */
  static Found find(List<String> paths, Path cwd) {
    Set<Path> files = new LinkedHashSet<>();
    List<InputError> errors = new ArrayList<>();
    for (String arg : paths) {
      Path p = cwd.resolve(arg).normalize();
      if (!Files.exists(p)) {
        errors.add(new InputError(p, 0, "no such file or folder"));
      } else if (Files.isDirectory(p)) {
        files.addAll(walk(p));
      } else if (!p.getFileName().toString().endsWith(".java")) {
        errors.add(new InputError(p, 0, "not a .java file"));
      } else {
        files.add(p);
      }
    }
    return new Found(List.copyOf(files), errors);
  }

  private static List<Path> walk(Path root) {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          Path name = dir.getFileName();
          if (!dir.equals(root) && name != null && name.toString().startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
            out.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')));
    return out;
  }

  /** {@code p} relative to {@code cwd} with '/' separators when it is under it, else absolute. */
  static String display(Path p, Path cwd) {
    Path abs = p.toAbsolutePath().normalize();
    Path base = cwd.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }
}
