package dev.gosafe.checker.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The gosafe rule IDs as registered: check classes listed in Error Prone's services file. */
final class CheckClasses {
  private CheckClasses() {}

  static final String SERVICES = "META-INF/services/com.google.errorprone.bugpatterns.BugChecker";
  static final String CHECKS_PACKAGE = "dev.gosafe.checker.checks.";

  /** Simple names of the registered classes in {@code dev.gosafe.checker.checks}, sorted. */
  static Set<String> registeredIds() {
    Set<String> ids = new TreeSet<>();
    try {
      for (URL url : Collections.list(
          CheckClasses.class.getClassLoader().getResources(SERVICES))) {
        try (BufferedReader r = new BufferedReader(
            new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (name.startsWith(CHECKS_PACKAGE)
                && name.indexOf('.', CHECKS_PACKAGE.length()) < 0) {
              ids.add(name.substring(CHECKS_PACKAGE.length()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
