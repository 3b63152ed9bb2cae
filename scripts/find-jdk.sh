# Sourced by scripts/mvn and bin/gosafe. gosafe_find_jdk MIN prints the home of a JDK whose
# feature version is at least MIN, or prints a message to stderr and returns 2.
gosafe_jdk_feature() {
  # Prints the feature version of the JDK at $1 (e.g. 25), or nothing.
  local rel="$1/release"
  [ -x "$1/bin/javac" ] || return 0
  if [ -r "$rel" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel" | head -n 1
  fi
}
gosafe_find_jdk() {
  local min="$1" cand v
  for cand in "${GOSAFE_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* \
              "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$cand" ] && [ -d "$cand" ] || continue
    v="$(gosafe_jdk_feature "$cand")"
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then
      printf '%s\n' "$cand"
      return 0
    fi
  done
  echo "gosafe: no JDK $min or newer found (looked at \$GOSAFE_JDK, \$JAVA_HOME, /usr/lib/jvm, ~/.sdkman, ~/.jdks); install one or set GOSAFE_JDK to its home" >&2
  return 2
}
