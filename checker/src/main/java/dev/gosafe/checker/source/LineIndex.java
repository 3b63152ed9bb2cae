package dev.gosafe.checker.source;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import dev.gosafe.checker.model.SourcePos;
import java.util.Arrays;

/**
 * Turns JavaParser's 1-based line/column positions into {@link SourcePos} with the 0-based
 * character offset javac uses. Line ends are {@code \n}, {@code \r\n} and {@code \r}, as for
 * JavaParser; columns count UTF-16 chars (JavaParser's tab size is left at 1).
 */
final class LineIndex {
  private final int[] lineStarts;
  private final int length;
  private final String text;

  LineIndex(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.length = text.length();
    this.text = text;
  }

  /** The position of the first {@code c} at or after {@code offset}, or NONE. */
  SourcePos next(char c, int offset) {
    int i = text.indexOf(c, Math.max(0, offset));
    if (i < 0) {
      return SourcePos.NONE;
    }
    int line = java.util.Arrays.binarySearch(lineStarts, i);
    line = line >= 0 ? line : -line - 2;
    return new SourcePos(line + 1, i - lineStarts[line] + 1, i);
  }

  /** The offset of a 1-based line and column, or -1 when outside the text. */
  int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) {
      return -1;
    }
    int off = lineStarts[line - 1] + column - 1;
    return off <= length ? off : -1;
  }

  SourcePos pos(Position p) {
    int off = offset(p.line, p.column);
    return off < 0 ? SourcePos.NONE : new SourcePos(p.line, p.column, off);
  }

  /** The start of {@code node}, or {@link SourcePos#NONE} when it has no range. */
  SourcePos begin(Node node) {
    return node.getBegin().map(this::pos).orElse(SourcePos.NONE);
  }
}
