package dev.gosafe.lincheck;

/** {@link ChanLinearizability} for a channel of capacity 1. */
public class Capacity1ChanLinearizabilityTest extends ChanLinearizability {
  public Capacity1ChanLinearizabilityTest() {
    super(1);
  }
}
