#!/usr/bin/env bash
# Compares the simulator's speed of two git revisions by interleaved runs (issues #14, #15): this machine's speed
# drifts by a factor of two within minutes, so only runs taken turn about say which build is faster.
# Usage: bench/sim-ab.sh REV_A REV_B [RUNS (default 3)] [SIMBENCH ARGS (default "1000 20 20 2 routed")]
# Compiles each revision's io.hvnet.sim sources with javac against the command line's runtime jars (build the CLI
# first: ./hvnet check examples/seed), then runs io.hvnet.sim.bench.SimBench for A, B, A, B… with the collector
# settings of the bundle README, and prints each run's frame hops per second (wall clock and per CPU second of the
# simulating thread, when that revision's SimBench prints it). A revision whose sim sources need a dsl API that the
# built jars do not have fails to compile; say so rather than compare. Hold the build lock on a shared machine:
# flock /tmp/hvnet-build.lock bench/sim-ab.sh main HEAD
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
a="$1"; b="$2"; runs="${3:-3}"; args="${4:-1000 20 20 2 routed}"
source "$root/.mvn/jdk.sh"
jdk="$(pick_jdk)"
lib="$root/plugins/io.hvnet.cli/target/lib"
[ -d "$lib" ] || { echo "sim-ab: build the command line first (./hvnet check examples/seed)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lib"
for jar in "$lib"/*.jar; do
  case "$(basename "$jar")" in io.hvnet.sim-*) ;; *) ln -s "$jar" "$work/lib/" ;; esac
done
for rev in "$a" "$b"; do
  dir="$work/$(echo "$rev" | tr -c 'A-Za-z0-9\n' '_')"
  mkdir -p "$dir/src" "$dir/classes"
  git -C "$root" archive "$rev" plugins/io.hvnet.sim/src | tar -x -C "$dir/src"
  find "$dir/src" -name '*.java' > "$dir/sources"
  "$jdk/bin/javac" --release 21 -nowarn -d "$dir/classes" -cp "$work/lib/*" @"$dir/sources" 2>&1 | grep -v '^Note' || true
done
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); SimBench $args; million frame hops per second"
for ((i = 0; i < runs; i++)); do
  for rev in "$a" "$b"; do
    dir="$work/$(echo "$rev" | tr -c 'A-Za-z0-9\n' '_')"
    out="$("$jdk/bin/java" -XX:+UseParallelGC -Xms1g -Xmx1g -Xmn640m -cp "$dir/classes:$work/lib/*" \
      io.hvnet.sim.bench.SimBench $args 2>&1 || true)"
    wall="$(echo "$out" | { grep -o '[0-9.]* million per second on' || true; } | cut -d' ' -f1 | tr '\n' ' ')"
    cpu="$(echo "$out" | { grep -o '[0-9.]* million per second of' || true; } | cut -d' ' -f1 | tr '\n' ' ')"
    echo "$rev (load $(cut -d' ' -f1 /proc/loadavg)): wall ${wall:-?}| per CPU second ${cpu:--}"
  done
done
