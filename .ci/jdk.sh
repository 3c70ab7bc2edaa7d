# Sourced by .ci/run and bench scripts: finds a JDK 21+ (JAVA_HOME if it is one, else the newest installed).

java_major() { # prints the major version of the java binary in $1/bin/java, or nothing
    local release="$1/release"
    if [[ -f "$release" ]]; then
        sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
    elif [[ -x "$1/bin/java" ]]; then
        "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1
    fi
}

pick_jdk() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
        local v; v=$(java_major "$JAVA_HOME")
        if [[ -n "$v" && "$v" -ge 21 ]]; then echo "$JAVA_HOME"; return; fi
    fi
    local best="" best_v=0 dir v
    for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/*; do
        [[ -d "$dir" && -x "$dir/bin/javac" && ! -L "$dir" ]] || continue
        v=$(java_major "$dir")
        if [[ -n "$v" && "$v" -ge 21 && "$v" -gt "$best_v" ]]; then best="$dir"; best_v="$v"; fi
    done
    if [[ -z "$best" ]] && command -v javac >/dev/null; then
        dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        v=$(java_major "$dir")
        if [[ -n "$v" && "$v" -ge 21 ]]; then best="$dir"; fi
    fi
    echo "$best"
}

# Exports JAVA_HOME or exits with a clear message.
use_jdk() {
    local jdk
    jdk=$(pick_jdk)
    if [[ -z "$jdk" ]]; then
        echo "baedal needs a JDK 21 or newer: none found (checked JAVA_HOME and /usr/lib/jvm). Install one and set JAVA_HOME." >&2
        exit 1
    fi
    export JAVA_HOME="$jdk"
}
