package dev.gosafe;

import java.util.Optional;
import java.time.Instant;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The root context: never done. Its done channel is never closed (Go: a nil channel). */
final class BackgroundContext implements Context {
  static final BackgroundContext INSTANCE = new BackgroundContext();

  private final Chan<Void> never = Chan.make();

  private BackgroundContext() {}

  @Override
  public RecvChan<Void> done() {
    return never;
  }

  @Override
  public @Nullable ContextError err() {
    return null;
  }

  @Override
  public Optional<Instant> deadline() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "context.Background";
  }
}
