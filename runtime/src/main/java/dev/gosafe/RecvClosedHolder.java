package dev.gosafe;

/** Holds the shared {@link Recv.Closed} instance (interfaces cannot have private fields). */
final class RecvClosedHolder {
  static final Recv.Closed<Object> CLOSED = new Recv.Closed<>();

  private RecvClosedHolder() {}
}
