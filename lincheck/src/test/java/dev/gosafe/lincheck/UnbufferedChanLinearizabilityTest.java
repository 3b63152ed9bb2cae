package dev.gosafe.lincheck;

/** {@link ChanLinearizability} for an unbuffered channel: with nobody parked, a non-blocking send never succeeds. */
public class UnbufferedChanLinearizabilityTest extends ChanLinearizability {
  public UnbufferedChanLinearizabilityTest() {
    super(0);
  }
}
