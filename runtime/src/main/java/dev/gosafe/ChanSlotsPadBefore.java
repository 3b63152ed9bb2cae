package dev.gosafe;

/*
 * Maintainer note: the cache line of the slots.
 *
 * The two slots of an unbuffered channel (ChanSlots) are written by two tasks on two carriers in
 * turn, every hand-off (ADR 0011). Any field on their cache line is missed by a reader each time
 * the line moves: `capacity` (read by every send and receive), the closed flag, the lock word and
 * the spin credit were. So the slots get a line of their own: this class and ChanSlotsPadAfter add
 * 56 bytes before and after them (HotSpot lays out a superclass's fields before a subclass's, and
 * these leave no holes for later fields to fill; ChanLayoutTest checks it). The price is 112 bytes
 * per channel, buffered ones too (a 208-byte Chan instead of 96); W1 went from 1.68–1.74M to
 * 2.07–2.32M round trips/s and W2/W3 did not move (benchmarks/results/w1-pad-ab, ADR 0014).
 */

/** Padding before the slots (see the note above); package-private base class of Chan. */
@SuppressWarnings("unused") // padding
abstract class ChanSlotsPadBefore extends ChanLock {
  private long p0;
  private long p1;
  private long p2;
  private long p3;
  private long p4;
  private long p5;
  private long p6;

  ChanSlotsPadBefore(boolean rendezvous) {
    super(rendezvous);
  }
}
