#!/usr/bin/env bash
# Runs the packaged jar the way spark-submit runs it on a cluster, without downloading Spark: a stand-in
# SPARK_HOME whose jars/ are Spark's own jars from target/lib (everything but this application's
# dependencies), SparkSubmit from spark-core (what bin/spark-submit calls), and a local-cluster master —
# a standalone master and two workers, each starting an executor JVM of its own, so the tasks really run
# in other processes, with the application's classes shipped to them by --jars.
#
#   ./mvnw -B -q -pl variational-bayes-spark -am package -DskipTests
#   variational-bayes-spark/scripts/spark-submit-local-cluster.sh fit --data rows.parquet --json fit.json
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
lib="$module/target/lib"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir "$home/jars"
echo "Spark jars from $lib, for a local-cluster run" > "$home/RELEASE"
app=()
for jar in "$lib"/*.jar; do
  case "$(basename "$jar")" in
    variational-bayes-*|formatting-*|common-plot-*|common-io-*|jfreechart-*|org.jfree.svg-*|picocli-*) app+=("$jar") ;;
    *) ln -s "$jar" "$home/jars/" ;;
  esac
done
jars="$(IFS=,; echo "${app[*]}")"
SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 java -cp "$home/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master 'local-cluster[2,1,1024]' --class dev.zatta.vb.spark.cli.Main --jars "$jars" \
  "$module/target/variational-bayes-spark.jar" "$@"
