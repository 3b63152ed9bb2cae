package dev.gosafe;

/** Padding after the slots (see ChanSlotsPadBefore); package-private base class of Chan. */
@SuppressWarnings("unused") // padding
abstract class ChanSlotsPadAfter extends ChanSlots {
  private long q0;
  private long q1;
  private long q2;
  private long q3;
  private long q4;
  private long q5;
  private long q6;

  ChanSlotsPadAfter(boolean rendezvous) {
    super(rendezvous);
  }
}
