#!/usr/bin/env bash
# Training throughput of session.run(n) on xor against TensorFlow Playground's own engine
# (src/nn.ts of github.com/tensorflow/playground, Apache-2.0) on the same 2-2-1 sigmoid net,
# weights, learning rate and batch size, both sides in one run: TrainingRatio alternates rounds of
# 10,000 epochs between the session and a node process driving the engine (playground-xor.mjs).
#
#   scripts/playground-ratio.sh NN_MODULE [rounds=N]
#
# NN_MODULE: the Playground engine as a JavaScript module (CommonJS or ES), made from nn.ts by
# whoever runs this; the Playground's code is not part of this repository and this script does not
# fetch it. Needs node on the PATH and benchmarks/target/benchmarks.jar (mvn -B -q -Pbench package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
nn=${1:?usage: scripts/playground-ratio.sh NN_MODULE [rounds=N]}
shift
exec java -Dglassbox.playground.driver=scripts/playground-xor.mjs -Dglassbox.playground.nn="$nn" \
    -cp benchmarks/target/benchmarks.jar dev.glassbox.bench.TrainingRatio playground "$@"
