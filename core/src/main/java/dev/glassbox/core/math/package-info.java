/**
 * The math of the network, named after its symbols: {@code z = Σ w·a + b}, {@code a = f(z)},
 * {@code δ = rawError × slope}, {@code ∂L/∂w = δ · a}. Conventions: {@code weights[l][j][i]} connects
 * neuron {@code i} of layer {@code l} to neuron {@code j} of layer {@code l+1}; {@code biases[l][j]}
 * belongs to neuron {@code j} of layer {@code l+1}.
 */
package dev.glassbox.core.math;
