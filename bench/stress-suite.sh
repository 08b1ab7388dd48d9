#!/usr/bin/env bash
# Runs the whole test suite (.ci/run, the README's test command) N times, each on a fresh clone of a commit, and
# prints "N passed, M failed" with the names of the tests that failed in each run. With --stress W, W CPU workers of
# stress-ng (Debian package, installed when missing) load the machine during the runs, as a shared CI machine is.
# Nothing is re-run: a failure is counted and listed, so a flaky test shows here instead of being hidden.
#
# Usage: bench/stress-suite.sh [--runs N] [--stress W] [--commit REV] [--keep]
#   --runs N     how many runs (default 3)
#   --stress W   W stress-ng CPU workers during every run (default 0: a quiet machine)
#   --commit REV what to clone (default HEAD of this repository)
#   --keep       keep each run's clone (default: only the clones of failed runs are kept, for their reports)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs=3 stress=0 commit=HEAD keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --stress) stress="$2"; shift 2 ;;
    --commit) commit="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "stress-suite: unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
rev="$(git -C "$root" rev-parse "$commit")"
work="$(mktemp -d /tmp/hvnet-stress.XXXXXX)"

stress_pid=""
stop_stress() { [ -n "$stress_pid" ] && kill "$stress_pid" 2>/dev/null || true; }
trap stop_stress EXIT
if [ "$stress" -gt 0 ]; then
  if ! command -v stress-ng >/dev/null 2>&1; then
    echo "stress-suite: installing stress-ng" >&2
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq stress-ng >/dev/null
  fi
  stress-ng --cpu "$stress" --timeout 0 --quiet &
  stress_pid=$!
fi

passed=0 failed=0
summary=()
for i in $(seq 1 "$runs"); do
  clone="$work/run-$i"
  git clone -q "$root" "$clone"
  git -C "$clone" checkout -q "$rev"
  start=$(date +%s)
  if (cd "$clone" && bash .ci/run > "$clone/suite.log" 2>&1); then
    result="passed"; passed=$((passed + 1))
  else
    result="FAILED"; failed=$((failed + 1))
  fi
  secs=$(( $(date +%s) - start ))
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  # failing tests: surefire/tycho-surefire reports ("<testcase ... >" followed by <failure> or <error>)
  names="$(find "$clone" -path '*surefire-reports/TEST-*.xml' -o -path '*failsafe-reports/TEST-*.xml' 2>/dev/null \
    | xargs -r python3 -c '
import sys, xml.etree.ElementTree as ET
for f in sys.argv[1:]:
    for case in ET.parse(f).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            print(case.get("classname", "?").split(".")[-1] + "." + case.get("name", "?"))
' | sort -u | tr '\n' ' ')"
  if [ "$result" = "FAILED" ] && [ -z "$names" ]; then
    names="(no test report failed: see $clone/suite.log) $(grep -m1 -E '^\[ERROR\] Failed to execute goal' "$clone/suite.log" | cut -c1-200)"
  fi
  line="run $i: $result in ${secs}s (load $load)${names:+ - $names}"
  echo "$line"
  summary+=("$line")
  if [ "$result" = "passed" ] && [ "$keep" -eq 0 ]; then
    rm -rf "$clone"
  fi
done
stop_stress
echo "commit $rev, $runs runs, stress-ng CPU workers: $stress"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
