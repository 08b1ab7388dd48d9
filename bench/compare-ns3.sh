#!/usr/bin/env bash
# Runs the same bridged LAN (a chain of learning switches, every host pinging host 0) in ns-3 and in hvnet and
# prints both wall times and their ratio. Usage: bench/compare-ns3.sh [SWITCHES HOSTS_PER_SWITCH PINGS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
switches="${1:-10}" hosts="${2:-20}" pings="${3:-3}"
work="$here/target"
mkdir -p "$work"

if [ ! -f /usr/include/ns3/bridge-helper.h ] || ! command -v g++ >/dev/null; then
  echo "compare-ns3: installing ns-3 (Debian libns3-dev) and g++" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libns3-dev g++ >/dev/null
fi
libs=$(ls /usr/lib/x86_64-linux-gnu/libns3*-{core,network,csma,bridge,internet,internet-apps,applications,mobility,traffic-control,stats,point-to-point}.so 2>/dev/null \
       | sed 's#.*/lib\(.*\)\.so#-l\1#' | sort -u | tr '\n' ' ')
g++ -O2 -std=c++17 "$here/ns3/bridged_lan.cc" -o "$work/bridged_lan" $libs

python3 "$here/gen_bridged_lan.py" "$switches" "$hosts" "$pings" > "$work/bridged-lan.hvnet"
"$root/hvnet" check "$work/bridged-lan.hvnet" > /dev/null   # builds the CLI if needed, outside the timing

t0=$(date +%s%N)
ns3_out=$("$work/bridged_lan" --switches="$switches" --hosts="$hosts" --pings="$pings")
t1=$(date +%s%N)
hvnet_out=$("$root/hvnet" test "$work/bridged-lan.hvnet" | tail -n 1)
t2=$(date +%s%N)

ns3_ms=$(( (t1 - t0) / 1000000 ))
hvnet_ms=$(( (t2 - t1) / 1000000 ))
echo "$ns3_out"
echo "hvnet: $hvnet_out (pings as scenario expectations)"
echo "wall time, whole process: ns-3 ${ns3_ms} ms, hvnet ${hvnet_ms} ms (JVM start and parsing included)"
awk -v a="$hvnet_ms" -v b="$ns3_ms" 'BEGIN { if (b > 0) printf "ratio hvnet/ns-3: %.2f\n", a / b }'
