# Sourced by ./mvnw and ./hvnet: which JDK to run (Tycho 5 and Eclipse 4.39 need Java 21 or newer).

java_major() { # prints the feature version of the java binary in $1/bin/java, or 0
  local v
  v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  echo "${v:-0}"
}

pick_jdk() { # prints JAVA_HOME when it is 21+, else the newest JDK 21+ under /usr/lib/jvm, else nothing
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [ -x "$d/bin/javac" ] || continue
    v="$(java_major "$d")"
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  echo "$best"
}
