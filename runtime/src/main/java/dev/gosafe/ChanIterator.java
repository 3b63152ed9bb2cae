package dev.gosafe;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Receives from a channel until it is closed and drained; one value of look-ahead. */
final class ChanIterator<T> implements Iterator<T> {
  private final RecvChan<T> ch;
  private T next;
  private boolean ended;

  ChanIterator(RecvChan<T> ch) {
    this.ch = ch;
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (ended) {
      return false;
    }
    T v = ch.recv();
    if (v == null) {
      ended = true;
      return false;
    }
    next = v;
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("gosafe: channel closed and drained");
    }
    T v = next;
    next = null;
    return v;
  }
}
