#!/usr/bin/env bash
# Start-up time to the first painted, fully laid-out window: the demo's app image (if built) and
# its fat jar against a bare Swing "hello" window and the same hello under FlatLaf (the floor of
# any FlatLaf application), on this machine, under Xvfb when there is no display. Prints the
# median of each (milliseconds from launch to the first frame on screen) and the ratios to the
# FlatLaf hello: targets app image <= 1.5, jar <= 2.
#
#   scripts/startup.sh [runs]        (default 7; build the jar first:
#                                     mvn -B -o -q -pl demo-app -am package -DskipTests
#                                     and, for the app image, docs/distribution.md)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=demo-app/target/glassbox-demo.jar
image=demo-app/target/app-image/Glassbox/bin/Glassbox
[[ -f $jar ]] || { echo "no $jar: build it first (mvn -B -q -pl demo-app -am package -DskipTests)" >&2; exit 2; }
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -cp "$jar" -d "$work/hello" scripts/StartupHello.java
mkdir -p "$work/prefs"

# Launches a program, waits for its first-frame line, kills it; prints launch-to-frame milliseconds.
first_frame() {
  local out="$work/out" start pid line
  : > "$out"
  start=$(date +%s%3N)
  "$@" > "$out" 2>/dev/null &
  pid=$!
  for _ in $(seq 300); do
    line=$(grep -m1 '^glassbox.firstFrame' "$out" || true)
    [[ -n $line ]] && break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [[ -n $line ]] || { echo "no first frame from: $*" >&2; exit 1; }
  line=${line#*epochMillis=}
  echo $(( ${line%% *} - start ))
}

app=(java -Dglassbox.startupProbe=true -Djava.util.prefs.userRoot="$work/prefs" -jar "$jar")
# The image's launcher takes JVM options from JAVA_TOOL_OPTIONS (its own, the AppCDS archive, stay).
native=(env JAVA_TOOL_OPTIONS="-Dglassbox.startupProbe=true -Djava.util.prefs.userRoot=$work/prefs" "$image")
hello=(java -cp "$work/hello" StartupHello)
flat=(java -cp "$work/hello:$jar" StartupHello flatlaf)
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

first_frame "${app[@]}" > /dev/null      # warm the file cache for both
first_frame "${hello[@]}" > /dev/null
: > "$work/app.ms"
: > "$work/image.ms"
: > "$work/hello.ms"
: > "$work/flat.ms"
for _ in $(seq "$runs"); do
  first_frame "${hello[@]}" >> "$work/hello.ms"
  first_frame "${flat[@]}" >> "$work/flat.ms"
  first_frame "${app[@]}" >> "$work/app.ms"
  if [[ -x $image ]]; then
    first_frame "${native[@]}" >> "$work/image.ms"
  fi
done
h=$(median < "$work/hello.ms")
f=$(median < "$work/flat.ms")
a=$(median < "$work/app.ms")
echo "bare Swing hello: median ${h} ms   ($(tr '\n' ' ' < "$work/hello.ms"))"
echo "FlatLaf hello:    median ${f} ms   ($(tr '\n' ' ' < "$work/flat.ms"))"
echo "java -jar:        median ${a} ms   ($(tr '\n' ' ' < "$work/app.ms"))"
if [[ -s $work/image.ms ]]; then
  i=$(median < "$work/image.ms")
  echo "app image:        median ${i} ms   ($(tr '\n' ' ' < "$work/image.ms"))"
  awk -v i="$i" -v f="$f" 'BEGIN { printf "app image / FlatLaf hello: %.2f (target <= 1.5)\n", i / f }'
else
  echo "app image:        not built ($image)"
fi
awk -v a="$a" -v f="$f" -v h="$h" 'BEGIN { printf "java -jar / FlatLaf hello: %.2f (target <= 2); FlatLaf hello / bare hello: %.2f\n", a / f, f / h }'
