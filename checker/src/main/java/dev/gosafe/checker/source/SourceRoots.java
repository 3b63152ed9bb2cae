package dev.gosafe.checker.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The source root of a file: its folder less the package's folders (for JavaParserTypeSolver). */
final class SourceRoots {
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\p{javaJavaIdentifierPart}.\\s]+?)\\s*;", Pattern.MULTILINE);

  private SourceRoots() {}

  /** The root folder, or null when the file's folders do not match its package. */
  static Path rootOf(Path file) {
    String pkg = "";
    try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      String head = lines.limit(200).reduce("", (a, b) -> a + b + "\n");
      Matcher m = PACKAGE.matcher(stripComments(head));
      if (m.find()) {
        pkg = m.group(1).replaceAll("\\s", "");
      }
    } catch (IOException | java.io.UncheckedIOException ex) {
      return null;
    }
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

  private static String stripComments(String s) {
    return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
  }
}
