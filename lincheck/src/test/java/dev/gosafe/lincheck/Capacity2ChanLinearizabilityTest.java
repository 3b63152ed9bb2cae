package dev.gosafe.lincheck;

/** {@link ChanLinearizability} for a channel of capacity 2 (ring buffer wrap-around). */
public class Capacity2ChanLinearizabilityTest extends ChanLinearizability {
  public Capacity2ChanLinearizabilityTest() {
    super(2);
  }
}
