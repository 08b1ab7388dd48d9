#!/usr/bin/env bash
# `hvnet check` speed and memory (issue #18): generates the 56k-line topology (2,000 hosts x 20 VMs) and a
# 100,000-VM one (5,000 x 20), then runs the real command line on each RUNS times (default 3) and prints every run's
# whole-process wall time and maximum resident set size, and the median; and the phases of one check of the 56k file. The 100,000-VM file is checked and then
# simulated (a ping across it) with HVNET_JAVA_OPTS=-Xmx4g, the goal's memory bound. Needs GNU time (/usr/bin/time).
# On a shared machine, hold the build lock while it runs (flock /tmp/hvnet-build.lock bench/check-speed.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen_hyperv_hosts.py" 2000 20 > "$work/56k.hvnet"
python3 "$root/bench/gen_hyperv_hosts.py" 5000 20 > "$work/100k-vms.hvnet"
# the first run builds the command line if its sources changed and writes the class-data-sharing archive
"$root/hvnet" check "$root/examples/seed" > /dev/null

# measure LABEL COMMAND...: RUNS runs, each as "wall s, max RSS MB", then the medians
measure() {
  local label="$1"; shift
  local walls=() rsss=() i wall rss
  for ((i = 0; i < runs; i++)); do
    if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err"; then
      echo "$label: failed:"; cat "$work/err" "$work/out" | tail -n 5; return 1
    fi
    read -r wall rss < <(tail -n 1 "$work/time")
    walls+=("$wall"); rsss+=("$((rss / 1024))")
  done
  printf '%s: %s s (median of %s), max RSS %s MB (median); runs: %s s / %s MB; %s\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" "$runs" \
    "$(printf '%s\n' "${rsss[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" \
    "${walls[*]}" "${rsss[*]}" "$(tail -n 1 "$work/out")"
}

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l < "$work/56k.hvnet") and $(wc -l < "$work/100k-vms.hvnet") lines"
measure "check 56k lines (2,000 hosts x 20 VMs)" "$root/hvnet" check "$work/56k.hvnet"
echo "phases of one check of the 56k lines (io.hvnet.dsl.bench.ParseBench, with ./hvnet's options):"
HVNET_MAIN=io.hvnet.dsl.bench.ParseBench "$root/hvnet" "$work/56k.hvnet" | sed 's/^/  /'
HVNET_JAVA_OPTS=-Xmx4g measure "check 100,000 VMs (5,000 x 20), -Xmx4g" "$root/hvnet" check "$work/100k-vms.hvnet"
HVNET_JAVA_OPTS=-Xmx4g measure "simulate a ping across 100,000 VMs, -Xmx4g" "$root/hvnet" simulate "$work/100k-vms.hvnet" \
  --ping HV0.VM0 HV4999.VM19
