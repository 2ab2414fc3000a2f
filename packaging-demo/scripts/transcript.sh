#!/usr/bin/env bash
# Reproduces the README's transcripts: builds every case's fixture with `cases --work`, then runs the
# real javac/java/jdeps commands on them and prints each command with its output, under "### NAME" headers
# that name the {{NAME}} of README.template.md they fill. ReadmeIT runs it and compares the README with it.
#   ./mvnw -B -pl packaging-demo -am package -DskipTests && packaging-demo/scripts/transcript.sh [WORK]
# Needs JDK 17 as `java`/`javac` on PATH (the outputs in the README are JDK 17.0.15's) and a UTF-8 locale.
set -u
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/target/packaging-demo.jar"
work="${1:-$(mktemp -d)}"
java -jar "$jar" cases --work "$work" >/dev/null 2>&1
show() { # show DIR COMMAND...: prints "$ COMMAND" and its first lines of output, run in DIR
  local dir="$1"; shift
  echo "\$ $*"
  if [ "$dir" = . ]; then
    (cd "$here/.." && bash -c "$*" 2>&1 | head -n "${LINES_MAX:-4}")
  else
    (cd "$work/$dir" && bash -c "$*" 2>&1 | head -n "${LINES_MAX:-4}")
  fi
  echo
}
echo "### not-exported"
show not-exported "java -cp cp app.Main"
show not-exported "javac -p mods -d /tmp/zatta-scratch \$(find src/app -name '*.java')"
show not-exported "java -p mods -m app/app.Main"
show not-exported "java -p v1/sample.lib:mods/app -m app/app.Main"
LINES_MAX=12 show not-exported "jdeps --module-path mods --check app"
echo "### requires-missing"
show requires-missing "java -cp cp app.Main"
show requires-missing "javac -p mods -d /tmp/zatta-scratch \$(find src/app -name '*.java')"
show requires-missing "java -p mods -m app/app.Main"
LINES_MAX=12 show requires-missing "jdeps --module-path mods --check app"
echo "### module-absent"
show module-absent "javac -p mods -d /tmp/zatta-scratch \$(find src/app -name '*.java')"
show module-absent "java -p mods -m app/app.Main"
show module-absent "java -p mods:full -m app/app.Main"
echo "### split-package"
show split-package "java -cp cp/lib-a.jar:cp/lib-b.jar:cp/app app.Main"
show split-package "java -cp cp/lib-b.jar:cp/lib-a.jar:cp/app app.Main"
show split-package "javac -p mods -d /tmp/zatta-scratch \$(find src/app -name '*.java')"
show split-package "java -p mods -m app/app.Main"
show split-package "java -p mods2 -m app/app.Main"
show split-package "java -p mods2/lib.a:fixed/lib.b:mods2/app -m app/app.Main"
echo "### resource-not-opened"
show resource-not-opened "java -cp cp app.Main"
show resource-not-opened "java -p mods -m app/app.Main"
show resource-not-opened "java -p fixed/sample.lib:mods/app -m app/app.Main"
echo "### wrong-source-root"
show wrong-source-root "cd out/test_module && java -cp . Begin"
show wrong-source-root "java -cp out test_module.Begin"
echo "### ascii-encoding"
show ascii-encoding "head -1 src/enc/Hello.java"
show ascii-encoding "javac -encoding US-ASCII -d /tmp/zatta-scratch src/enc/Hello.java 2>&1 | sed -n '1,3p;\$p'"
show ascii-encoding "javac -encoding US-ASCII -d /tmp/zatta-scratch src-no-coding-line/enc/Hello.java 2>&1 | sed -n '1,3p;\$p'"
show ascii-encoding "javac -encoding UTF-8 -d fixed src/enc/Hello.java && java -cp fixed enc.Hello"
echo "### latin1-encoding"
LINES_MAX=7 show latin1-encoding "javac -encoding ISO-8859-1 -d /tmp/zatta-scratch src/enc/Hello.java 2>&1 | sed -n '1,6p;\$p'"
show latin1-encoding "javac -encoding ISO-8859-1 -d out2 src-strings-only/enc/Hello.java; echo exit \$?"
LINES_MAX=20 show . "java -jar packaging-demo/target/packaging-demo.jar cases latin1-encoding 2>/dev/null | sed -n '/and run: the string constant/,+2p'"
show latin1-encoding "javac -encoding UTF-8 -d fixed src-strings-only/enc/Hello.java && java -cp fixed enc.Hello"
echo "### shift-jis-as-utf8"
show shift-jis-as-utf8 "javac -encoding UTF-8 -d /tmp/zatta-scratch src/enc/Hello.java 2>&1 | sed -n '1,3p;\$p'"
show shift-jis-as-utf8 "javac -encoding Shift_JIS -d fixed src/enc/Hello.java && java -cp fixed enc.Hello"
echo "### default-encoding"
show default-encoding "cd src && LANG=C LC_ALL=C javac -d ../out17 enc/Hello.java 2>&1 | sed -n '1,3p;\$p'"
show default-encoding "cd src && LANG=C LC_ALL=C /usr/lib/jvm/temurin-25-jdk-amd64/bin/javac -d ../out25 enc/Hello.java && echo compiled, exit \$?"
echo "### cycle"
LINES_MAX=3 show cycle "javac --module-source-path src -d /tmp/zatta-scratch \$(find src -name '*.java')"
show cycle "java -p mods -m lib.a/a.A"
show cycle "jdeps --module-path mods --check lib.a"
echo "### doctor"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --module-path $work/not-exported/mods --module app; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --sources $work/shift-jis-as-utf8/src --encoding UTF-8; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --sources $work/wrong-source-root/src/test_module --encoding UTF-8; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --sources $work/latin1-encoding/src-strings-only --encoding ISO-8859-1; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --module-path $work/split-package/mods2 --module app; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --class-path $work/split-package/cp/lib-a.jar:$work/split-package/cp/lib-b.jar; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --module-path $work/module-absent/mods:$work/module-absent/full --module app; echo exit \$?"
LINES_MAX=2 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --module-path nope --module app 2>&1 | head -1; echo exit \${PIPESTATUS[0]}"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --module-path $work/resource-not-opened/mods --module app; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --module-path $work/cycle/mods --module lib.a; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --module-path $work/requires-missing/mods --module app; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --module-path $work/module-absent/mods --module app; echo exit \$?"
LINES_MAX=40 show . "java -jar packaging-demo/target/packaging-demo.jar doctor --sources $work/ascii-encoding/src --encoding US-ASCII; echo exit \$?"
LINES_MAX=40 show . "LANG=C LC_ALL=C java -jar packaging-demo/target/packaging-demo.jar doctor --sources $work/default-encoding/src; echo exit \$?"
echo "fixtures in $work"
