package dev.gosafe.checker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.ErrorProneOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GosafeOptionsTest {

  @Test
  void defaultsWhenNoFlags() {
    assertEquals(GosafeOptions.DEFAULTS, GosafeOptions.from(Map.of()));
  }

  @Test
  void parsesTheFlagsFromErrorProneCommandLine() {
    ErrorProneOptions ep = ErrorProneOptions.processArgs(
        List.of("-XepOpt:gosafe:StateBudget=12", "-XepOpt:gosafe:Debug=true"));
    assertEquals(new GosafeOptions(12, true), GosafeOptions.from(ep.getFlags()));
  }

  @Test
  void aBadValueNamesTheFlag() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> GosafeOptions.from(Map.of("gosafe:StateBudget", "lots")));
    assertTrue(e.getMessage().contains("-XepOpt:gosafe:StateBudget"), e.getMessage());
    var zero = assertThrows(IllegalArgumentException.class,
        () -> GosafeOptions.from(Map.of("gosafe:StateBudget", "0")));
    assertTrue(zero.getMessage().contains("gosafe:StateBudget"), zero.getMessage());
    var debug = assertThrows(IllegalArgumentException.class,
        () -> GosafeOptions.from(Map.of("gosafe:Debug", "yes")));
    assertTrue(debug.getMessage().contains("-XepOpt:gosafe:Debug"), debug.getMessage());
  }
}
