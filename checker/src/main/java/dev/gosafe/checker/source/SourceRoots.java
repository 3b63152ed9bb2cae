package dev.gosafe.checker.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    try {
      List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
      // the first 200 lines, else the whole file (a package clause after a long header comment,
      // as in the JDK's package-info.java files)
      Matcher m = PACKAGE.matcher(stripComments(head(lines, 200)));
      if (m.find()) {
        pkg = m.group(1).replaceAll("\\s", "");
      } else if (lines.size() > 200) {
        m = PACKAGE.matcher(stripComments(head(lines, lines.size())));
        if (m.find()) {
          pkg = m.group(1).replaceAll("\\s", "");
        }
      }
    } catch (IOException | java.io.UncheckedIOException ex) {
      return null;
    }
    return rootOf(file, pkg);
  }

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

  private static String head(List<String> lines, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n && i < lines.size(); i++) {
      b.append(lines.get(i)).append('\n');
    }
    return b.toString();
  }

  private static String stripComments(String s) {
    return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
  }
}
