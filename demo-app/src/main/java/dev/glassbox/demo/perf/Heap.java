package dev.glassbox.demo.perf;

/** The heap in use after garbage collection, for memory checks in tests and scripts. */
public final class Heap {
    private Heap() {
    }

    /** Bytes of heap in use after a few full collections (the collector may need more than one pass). */
    public static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
