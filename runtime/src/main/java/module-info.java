/** gosafe: Go-style concurrency on virtual threads. Only {@code dev.gosafe} is exported. */
module dev.gosafe {
  requires static org.checkerframework.checker.qual;
  requires static jdk.jfr;

  exports dev.gosafe;
}
