#!/usr/bin/env bash
# Release checks, run before tagging a release (not part of `mvn verify`; needs a filled ~/.m2,
# runs offline):
#  1. Reproducible build: the tree is built twice from clean, in two copies at different paths,
#     and every jar (core, swing-widget and their sources, javadoc and test jars, the demo's jar
#     and its fat jar, the examples) must be identical byte for byte.
#  2. Deploy: `mvn deploy` to a file repository, which must then hold the jar, POM, sources and
#     javadoc of core and swing-widget (the artifacts Maven Central asks for), and no examples.
#     maven-deploy-plugin 3.x refuses to deploy at all with -o, so this deploy runs without -o but
#     with every remote repository mirrored to a location that does not exist: it cannot touch
#     the network either.
# Exits 0 when both pass, 1 otherwise. Usage: scripts/release-check.sh  (from anywhere in the repo)
set -euo pipefail

root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d "${TMPDIR:-/tmp}/glassbox-release-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
failed=0

# The working tree as git sees it (tracked and new files, nothing ignored such as target/).
copy() {
    mkdir -p "$1"
    (cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - 2>/dev/null) \
        | tar -xf - -C "$1"
}

echo "== 1. Two clean builds of $version, compared byte for byte"
for build in first second; do
    copy "$work/$build"
    (cd "$work/$build" && mvn -B -q -o -Dstyle.color=never clean package -DskipTests) \
        || { echo "FAIL: the $build build failed"; exit 1; }
done
jars=$(cd "$work/first" && find . -path '*/target/*' -name '*.jar' -not -path '*/target/lib/*' | sort)
[ -n "$jars" ] || { echo "FAIL: the build made no jars"; exit 1; }
for jar in $jars; do
    if cmp -s "$work/first/$jar" "$work/second/$jar"; then
        echo "identical  ${jar#./}  ($(stat -c %s "$work/first/$jar") bytes)"
    else
        echo "DIFFERENT  ${jar#./}"
        diff <(cd "$work/first" && unzip -lv "$jar" | awk 'NR > 3 {print $7, $8}') \
             <(cd "$work/second" && unzip -lv "$jar" | awk 'NR > 3 {print $7, $8}') | sed 's/^/    /' || true
        failed=1
    fi
done
missing=$(cd "$work/second" && find . -path '*/target/*' -name '*.jar' -not -path '*/target/lib/*' | sort | comm -13 <(echo "$jars") -)
[ -z "$missing" ] || { echo "DIFFERENT  only the second build made: $missing"; failed=1; }

echo "== 2. mvn deploy to a file repository"
# The mirror's id is central's, whose artifacts ~/.m2 holds: they count as available, nothing else is.
cat > "$work/no-network.xml" <<'SETTINGS'
<settings>
  <mirrors>
    <mirror><id>central</id><mirrorOf>*</mirrorOf><url>file:///nonexistent/no-network</url></mirror>
  </mirrors>
</settings>
SETTINGS
(cd "$work/first" && mvn -B -q -Dstyle.color=never -s "$work/no-network.xml" deploy -DskipTests \
    -DaltDeploymentRepository=local::file:target/repo) || { echo "FAIL: mvn deploy failed"; exit 1; }
repo="$work/first/target/repo/dev/glassbox"
for artifact in glassbox-core glassbox-swing; do
    for file in "$artifact-$version.jar" "$artifact-$version.pom" "$artifact-$version-sources.jar" "$artifact-$version-javadoc.jar"; do
        if [ -f "$repo/$artifact/$version/$file" ] && [ -f "$repo/$artifact/$version/$file.sha1" ]; then
            echo "deployed   $artifact/$version/$file"
        else
            echo "MISSING    $artifact/$version/$file (or its checksum)"
            failed=1
        fi
    done
done
[ -f "$repo/glassbox-parent/$version/glassbox-parent-$version.pom" ] && echo "deployed   glassbox-parent/$version/glassbox-parent-$version.pom" \
    || { echo "MISSING    the parent POM, which the modules' POMs name"; failed=1; }
if [ -d "$repo/glassbox-examples" ]; then
    echo "UNEXPECTED glassbox-examples was deployed (maven.deploy.skip)"
    failed=1
fi

if [ "$failed" = 0 ]; then echo "release checks passed"; else echo "release checks FAILED"; fi
exit "$failed"
