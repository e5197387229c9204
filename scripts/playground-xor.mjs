// Drives TensorFlow Playground's engine (src/nn.ts of github.com/tensorflow/playground,
// Apache-2.0; not part of this repository) on xor as Glassbox's built-in scenario has it:
// a 2-2-1 sigmoid net, the scenario's weights, squared error, learning rate 2, batch size 4,
// each epoch as the Playground's oneStep() trains: forwardProp and backProp per sample,
// updateWeights after each batch (no regularisation).
//
//   node scripts/playground-xor.mjs NN_MODULE
//
// NN_MODULE is the engine as a JavaScript module (CommonJS or ES). Each line read on standard
// input, N, trains N epochs from the scenario's weights; the answer line is the nanoseconds they
// took (timed here) and the last epoch's mean loss. TrainingRatio's playground comparison sends them.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const loaded = await import(pathToFileURL(resolve(process.argv[2])).href);
const nn = loaded.buildNetwork ? loaded : loaded.default;

const X = [[0, 0], [0, 1], [1, 0], [1, 1]];
const Y = [0, 1, 1, 0];
const ETA = 2;
const BATCH = 4;
// weights[l][j][i] from neuron i of layer l to neuron j of layer l+1, and biases[l][j], as in xor.json
const WEIGHTS = [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45]]];
const BIASES = [[0.35, 0.35], [0.60]];

const network = nn.buildNetwork([2, 2, 1], nn.Activations.SIGMOID, nn.Activations.SIGMOID, null, ['x1', 'x2']);

function start() {
  for (let l = 1; l < network.length; l++) {
    network[l].forEach((node, j) => {
      node.bias = BIASES[l - 1][j];
      node.inputLinks.forEach((link, i) => { link.weight = WEIGHTS[l - 1][j][i]; });
    });
  }
}

function train(epochs) {
  let loss = NaN;
  for (let e = 0; e < epochs; e++) {
    let sum = 0;
    for (let s = 0; s < X.length; s++) {
      const o = nn.forwardProp(network, X[s]);
      sum += nn.Errors.SQUARE.error(o, Y[s]);
      nn.backProp(network, Y[s], nn.Errors.SQUARE);
      if ((s + 1) % BATCH === 0) {
        nn.updateWeights(network, ETA, 0);
      }
    }
    loss = sum / X.length;
  }
  return loss;
}

for await (const line of createInterface({ input: process.stdin })) {
  const epochs = parseInt(line, 10);
  start();
  const t0 = process.hrtime.bigint();
  const loss = train(epochs);
  const t1 = process.hrtime.bigint();
  process.stdout.write(`${t1 - t0} ${loss}\n`);
}
