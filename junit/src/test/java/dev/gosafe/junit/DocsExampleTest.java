package dev.gosafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JUnit example in docs/diagnostics.md is PipelineTest, word for word. */
class DocsExampleTest {
  @Test
  void theDocsExampleIsTheCompiledPipelineTest() throws IOException {
    String source = Files.readString(Path.of("src/test/java/dev/gosafe/junit/PipelineTest.java"));
    String code = between(source, "// docs:start\n", "// docs:end");
    String docs = Files.readString(Path.of("../docs/diagnostics.md"));
    String block = between(docs, "<!-- example: junit/src/test/java/dev/gosafe/junit/PipelineTest.java -->\n```java\n", "```");
    assertEquals(code, block);
  }

  private static String between(String text, String start, String end) {
    int s = text.indexOf(start);
    assertTrue(s >= 0, "missing " + start.strip());
    int e = text.indexOf(end, s + start.length());
    assertTrue(e >= 0, "missing " + end);
    return text.substring(s + start.length(), e);
  }
}
