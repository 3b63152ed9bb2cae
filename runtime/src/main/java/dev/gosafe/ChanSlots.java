package dev.gosafe;

/**
 * The two slots of an unbuffered channel, on a cache line of their own (see ChanSlotsPadBefore);
 * their protocol is in ChanQueues. Package-private base class of Chan.
 */
abstract class ChanSlots extends ChanSlotsPadBefore {
  /** The receive slot: null, RECEIVER, a value given, CLOSED or KICKED (ChanQueues). */
  volatile Object recvSlot;

  /** The send slot: null, a value offered, TAKEN, CLOSED or KICKED (ChanQueues). */
  volatile Object sendSlot;

  ChanSlots(boolean rendezvous) {
    super(rendezvous);
  }
}
