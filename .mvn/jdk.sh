# Finds a JDK 21 or newer for baedal's build and exports it as JAVA_HOME: JAVA_HOME itself if it is one, else the
# newest JDK installed in the usual places, else the one `javac` on the PATH belongs to. With none, it stops with one
# sentence saying what to install. Sourced by ./mvnw (POSIX sh), .ci/run and the benchmark scripts.

baedal_java_major() { # the major version of the JDK in $1, or nothing
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

baedal_pick_jdk() { # prints the JDK to use, or nothing (call it in a subshell: it turns globbing on)
  set +f
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    _baedal_v=$(baedal_java_major "$JAVA_HOME")
    if [ -n "$_baedal_v" ] && [ "$_baedal_v" -ge 21 ]; then
      printf '%s\n' "$JAVA_HOME"
      return
    fi
  fi
  _baedal_best="" _baedal_best_v=0
  for _baedal_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
    "${HOME-}"/.sdkman/candidates/java/* "${HOME-}"/.jdks/*; do
    [ -d "$_baedal_dir" ] && [ -x "$_baedal_dir/bin/javac" ] && [ ! -L "$_baedal_dir" ] || continue
    _baedal_v=$(baedal_java_major "$_baedal_dir")
    if [ -n "$_baedal_v" ] && [ "$_baedal_v" -ge 21 ] && [ "$_baedal_v" -gt "$_baedal_best_v" ]; then
      _baedal_best="$_baedal_dir" _baedal_best_v="$_baedal_v"
    fi
  done
  if [ -z "$_baedal_best" ] && command -v javac >/dev/null 2>&1; then
    _baedal_dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    _baedal_v=$(baedal_java_major "$_baedal_dir")
    if [ -n "$_baedal_v" ] && [ "$_baedal_v" -ge 21 ]; then _baedal_best="$_baedal_dir"; fi
  fi
  printf '%s\n' "$_baedal_best"
}

baedal_use_jdk() { # exports JAVA_HOME, or stops the caller with a sentence saying what to install
  _baedal_jdk=$(baedal_pick_jdk)
  if [ -z "$_baedal_jdk" ]; then
    echo "baedal needs a JDK 21 or newer and found none (looked at JAVA_HOME, /usr/lib/jvm, /opt and SDKMAN): install one, for example 'apt-get install openjdk-21-jdk-headless' or Temurin 21 from adoptium.net, and run the command again." >&2
    exit 1
  fi
  export JAVA_HOME="$_baedal_jdk"
}
