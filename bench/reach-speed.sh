#!/usr/bin/env bash
# `hvnet reach` speed and memory (issue #15): generates the benchmark topology of bench/gen_hyperv_hosts.py (HOSTS
# hosts x VMS VMs, default 1,000 x 20: 21,000 endpoints, 441 million ordered pairs), runs the real command line on it
# RUNS times (default 3) and prints every run's whole-process wall time (loading and validating the file included)
# and maximum resident set size, the median, and the command's own first two lines (groups, pairs, the analysis's
# time, how many pings it simulated to confirm). Needs GNU time (/usr/bin/time).
# On a shared machine, hold the build lock while it runs (flock /tmp/hvnet-build.lock bench/reach-speed.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
hosts="${HOSTS:-1000}"
vms="${VMS:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen_hyperv_hosts.py" "$hosts" "$vms" > "$work/topology.hvnet"
# the first run builds the command line if its sources changed and writes the class-data-sharing archive
"$root/hvnet" check "$root/examples/seed" > /dev/null

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $hosts hosts x $vms VMs, $(wc -l < "$work/topology.hvnet") lines"
walls=() rsss=()
for ((i = 0; i < runs; i++)); do
  if ! /usr/bin/time -f "%e %M" -o "$work/time" "$root/hvnet" reach "$work/topology.hvnet" > "$work/out" 2> "$work/err"; then
    echo "reach failed:"; tail -n 5 "$work/err" "$work/out"; exit 1
  fi
  read -r wall rss < <(tail -n 1 "$work/time")
  walls+=("$wall"); rsss+=("$((rss / 1024))")
  echo "run $((i + 1)): $wall s, max RSS $((rss / 1024)) MB; $(sed -n 2p "$work/out")"
done
printf 'reach %s x %s: %s s (median of %s), max RSS %s MB (median)\n' "$hosts" "$vms" \
  "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" "$runs" \
  "$(printf '%s\n' "${rsss[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")"
sed -n 1p "$work/out"
