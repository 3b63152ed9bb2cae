package com.example.generated;

import java.util.concurrent.locks.ReentrantLock;

/** Stands for generated code: the same bug, but excluded from the check by the pom. */
public class GeneratedLedger {
  private final ReentrantLock lock = new ReentrantLock();
  private int total;

  public void add(int n, Runnable audit) {
    lock.lock();
    total += n;
    audit.run();
    lock.unlock();
  }
}
