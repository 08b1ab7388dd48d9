#!/usr/bin/env bash
# Diagram benchmark: open a generated Hyper-V network of HOSTS hosts x VMS VMs (default 25 x 17 = 1,001 diagram
# nodes) in `hvnet diagram` and measure the time from opening the page to the first render in headless Chromium.
# Needs chromium (apt) and the diagram client's node modules (the Maven build installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
hosts="${1:-25}"
vms="${2:-17}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen_hyperv_hosts.py" "$hosts" "$vms" > "$work/network.hvnet"
"$root/hvnet" check "$work/network.hvnet" >/dev/null   # builds the command line if needed, and the file must be valid
cd "$root/plugins/io.hvnet.diagram/client"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
HVNET_LAUNCHER="$root/hvnet" node bench/open-to-render.mjs "$work/network.hvnet" "${RUNS:-6}"
