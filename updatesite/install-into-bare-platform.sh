#!/usr/bin/env bash
# Proves that target/repository installs into an Eclipse platform on its own: p2's director, run inside the bare
# platform product (no hvnet, no Xtext), installs hvnet's feature from the repository alone, then lists it.
set -euo pipefail
target="$1"
platform="$target/products/io.hvnet.bareplatform/linux/gtk/x86_64"
launcher="$(ls "$platform"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
run_director() {
  "$java_bin" -jar "$launcher" -nosplash -consoleLog -application org.eclipse.equinox.p2.director "$@"
}
echo "install-into-bare-platform: installing io.hvnet.feature from $target/repository into $platform"
run_director -repository "file:$target/repository" -installIU io.hvnet.feature.feature.group
roots="$(run_director -listInstalledRoots)"
echo "$roots"
grep -q "^io.hvnet.feature.feature.group/" <<< "$roots"
for bundle in io.hvnet.ui io.hvnet.diagram.ui io.hvnet.sim.ui; do
  grep -q "^$bundle," "$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
done
grep -q "^org.eclipse.xtext," "$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
echo "install-into-bare-platform: hvnet and its dependencies are installed and configured"
