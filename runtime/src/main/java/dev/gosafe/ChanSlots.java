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

  /**
   * The thread id ({@link Thread#threadId()}, never reused) of the task that holds the recv slot:
   * it spins in it, or it left the value it received last there (the lease, ChanQueues); 0 when
   * the slot is free. Written only by that task, opaque (ChanQueues.lessee): only it reads it, to
   * ask "is it me?". An id and not the Thread, so that a lease never keeps a finished thread
   * reachable.
   */
  long recvLessee;

  ChanSlots(boolean rendezvous) {
    super(rendezvous);
  }
}
