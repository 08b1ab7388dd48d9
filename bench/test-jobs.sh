#!/usr/bin/env bash
# `hvnet test` on one thread and on several: the bridged LAN of the ns-3 comparison (bench/gen_bridged_lan.py: a
# chain of learning switches, every host pinging host 0) and examples/. Prints the wall time of each run (JVM start
# and parsing included), the median of RUNS, and the speed-up; for the LAN also the scenario runner alone, in one JVM
# (io.hvnet.sim.bench.ScenarioBench). Run it under the build lock, after building the CLI:
#   flock /tmp/hvnet-build.lock bench/test-jobs.sh [SWITCHES HOSTS_PER_SWITCH PINGS [RUNS [JOBS]]]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
switches="${1:-10}" hosts="${2:-20}" pings="${3:-3}" runs="${4:-3}" jobs="${5:-$(nproc)}"
work="$here/target"
mkdir -p "$work"
python3 "$here/gen_bridged_lan.py" "$switches" "$hosts" "$pings" > "$work/bridged-lan.hvnet"
# a Java 21 or newer, as ./hvnet looks for it (the CLI's classes need 21); JAVA=… to choose
java_bin="${JAVA:-}"
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$java_bin" ] && break
  if [ -x "$jdk/bin/java" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    java_bin="$jdk/bin/java"
  fi
done
[ -n "$java_bin" ] || { echo "test-jobs: no Java 21 or newer found" >&2; exit 2; }
cli=("$java_bin" -cp "$root/plugins/io.hvnet.cli/target/io.hvnet.cli-0.1.0-SNAPSHOT.jar:$root/plugins/io.hvnet.cli/target/lib/*"
     io.hvnet.cli.Main test)

# median wall time in ms of RUNS runs of `test --jobs J PATH`; the outputs of every run must agree
median_ms() {
  local j="$1" path="$2" times=() out first=""
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N)
    out=$("${cli[@]}" --jobs "$j" "$path" 2>/dev/null | sha256sum)
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    [ -z "$first" ] && first="$out"
    [ "$out" = "$first" ] || { echo "test-jobs: the output of --jobs $j changed between runs" >&2; exit 1; }
  done
  echo "$out" > "$work/test-jobs-$j.sha"
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

# the scenario runner alone, in one JVM (no start-up, parsing or validation in the figures)
"$java_bin" -cp "$root/plugins/io.hvnet.cli/target/lib/*" io.hvnet.sim.bench.ScenarioBench "$jobs" "$runs" \
  "$work/bridged-lan.hvnet" 2>/dev/null | sed 's/^/bridged-lan.hvnet: /'

# the whole command, as a user runs it
for target in "$work/bridged-lan.hvnet" "$root/examples"; do
  one=$(median_ms 1 "$target")
  many=$(median_ms "$jobs" "$target")
  cmp -s "$work/test-jobs-1.sha" "$work/test-jobs-$jobs.sha" || { echo "test-jobs: --jobs 1 and --jobs $jobs differ" >&2; exit 1; }
  echo "$(basename "$target"): --jobs 1 ${one} ms, --jobs $jobs ${many} ms (median of $runs), speed-up" \
    "$(awk -v a="$one" -v b="$many" 'BEGIN { printf "%.2f", a / b }'), same output"
done
