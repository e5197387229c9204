package dev.glassbox.demo.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

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

    /**
     * Bytes of heap in use after the most recent collection, as the collector reported it: no
     * collection is forced, so sampling it does not pause the program being measured.
     */
    public static long usedAfterLastGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            used += u == null ? 0 : u.getUsed();
        }
        return used;
    }
}
