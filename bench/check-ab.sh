#!/usr/bin/env bash
# Compares `hvnet check` of the 56k-line topology (issue #18) for two git revisions by interleaved runs: this
# machine's speed drifts by half within minutes, so only runs taken turn about say which build is faster.
# Usage: bench/check-ab.sh REV_A REV_B [RUNS (default 7)]
# Clones each revision into a temporary directory, builds its command line there with its own ./hvnet (a minute or
# two each with a warm local Maven repository; its own ahead-of-time cache too), then runs A, B, A, B… and prints
# every run's whole-process wall time, CPU time and resident memory, and each revision's minimum and median.
# Hold the build lock on a shared machine: flock /tmp/hvnet-build.lock bench/check-ab.sh main HEAD
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
a="$1"; b="$2"; runs="${3:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen_hyperv_hosts.py" 2000 20 > "$work/56k.hvnet"
for side in a b; do
  rev="${!side}"
  git clone -q --no-checkout "$root" "$work/$side"
  git -C "$work/$side" checkout -q "$(git -C "$root" rev-parse "$rev")"
  echo "check-ab: building $rev ($side) in $work/$side" >&2
  "$work/$side/hvnet" check "$work/$side/examples/seed" > /dev/null
done
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l < "$work/56k.hvnet") lines; A = $a, B = $b"
for ((i = 0; i < runs; i++)); do
  for side in a b; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$work/$side/hvnet" check "$work/56k.hvnet" > /dev/null
    read -r wall user sys rss < "$work/time"
    echo "$wall" >> "$work/$side.walls"
    printf '%s: %s s, CPU %s s, %d MB (load %s)\n' "${side^^}" "$wall" "$(awk "BEGIN { print $user + $sys }")" \
      "$((rss / 1024))" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
for side in a b; do
  printf '%s (%s): min %s s, median %s s\n' "${side^^}" "${!side}" "$(sort -n "$work/$side.walls" | head -n 1)" \
    "$(sort -n "$work/$side.walls" | sed -n "$(((runs + 1) / 2))p")"
done
