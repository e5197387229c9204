#!/usr/bin/env bash
# Runs one of the measuring programs of scripts/ (a single-file Java program) on the demo's jar,
# under Xvfb when there is no display, with throwaway preferences so that a run never touches the
# user's settings; extra JVM options in GLASSBOX_JAVA_OPTS. Used by responsiveness.sh and
# timeline-drag.sh. Build the jar first: mvn -B -o -q -pl demo-app -am package -DskipTests
#
#   scripts/in-window.sh Program.java [arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=demo-app/target/glassbox-demo.jar
[[ -f $jar ]] || { echo "no $jar: build it first (mvn -B -q -pl demo-app -am package -DskipTests)" >&2; exit 2; }
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
prefs=$(mktemp -d)
trap 'rm -rf "$prefs"' EXIT
program=$1
shift
java ${GLASSBOX_JAVA_OPTS:-} -Djava.util.prefs.userRoot="$prefs" -cp "$jar" "scripts/$program" "$@"
