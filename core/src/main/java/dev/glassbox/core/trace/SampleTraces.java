package dev.glassbox.core.trace;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.SamplePass;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The samples' traces of an epoch, each written out from its {@link SamplePass} when first read:
 * with 10,000 samples the views read a few (the viewed sample, the rows in sight), and writing out
 * all of them on every epoch shown cost twice the epoch's backpropagation itself. Unmodifiable. A
 * trace made twice by two threads at once is the same value (a record of the same numbers), so the
 * race is harmless.
 */
final class SampleTraces extends AbstractList<SampleTrace> implements RandomAccess {
    private final Architecture architecture;
    private final List<SamplePass> passes;
    private final SampleTrace[] made;

    SampleTraces(Architecture architecture, List<SamplePass> passes) {
        this.architecture = architecture;
        this.passes = List.copyOf(passes);
        this.made = new SampleTrace[this.passes.size()];
    }

    @Override
    public SampleTrace get(int s) {
        SampleTrace t = made[s];
        if (t == null) {
            t = Tracer.sample(architecture, s, passes.get(s));
            made[s] = t;
        }
        return t;
    }

    @Override
    public int size() {
        return made.length;
    }
}
