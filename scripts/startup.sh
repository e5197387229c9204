#!/usr/bin/env bash
# Start-up time to the first painted frame: the real glassbox-demo.jar against a bare Swing
# "hello" window, on this machine, under Xvfb when there is no display. Prints the median of each
# (milliseconds from launching `java` to the first frame on screen) and their ratio (target ≤ 1.5),
# and, as a yardstick, the same hello under FlatLaf: the floor of any FlatLaf application.
#
#   scripts/startup.sh [runs]        (default 7; build the jar first:
#                                     mvn -B -o -q -pl demo-app -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
jar=demo-app/target/glassbox-demo.jar
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
hello=(java -cp "$work/hello" StartupHello)
flat=(java -cp "$work/hello:$jar" StartupHello flatlaf)
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

first_frame "${app[@]}" > /dev/null      # warm the file cache for both
first_frame "${hello[@]}" > /dev/null
: > "$work/app.ms"
: > "$work/hello.ms"
: > "$work/flat.ms"
for _ in $(seq "$runs"); do
  first_frame "${hello[@]}" >> "$work/hello.ms"
  first_frame "${flat[@]}" >> "$work/flat.ms"
  first_frame "${app[@]}" >> "$work/app.ms"
done
h=$(median < "$work/hello.ms")
f=$(median < "$work/flat.ms")
a=$(median < "$work/app.ms")
echo "bare Swing hello: median ${h} ms   ($(tr '\n' ' ' < "$work/hello.ms"))"
echo "FlatLaf hello:    median ${f} ms   ($(tr '\n' ' ' < "$work/flat.ms"))"
echo "glassbox-demo:    median ${a} ms   ($(tr '\n' ' ' < "$work/app.ms"))"
awk -v a="$a" -v f="$f" -v h="$h" 'BEGIN { printf "ratio: %.2f (target <= 1.5); FlatLaf hello alone: %.2f\n", a / h, f / h }'
