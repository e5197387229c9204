package dev.glassbox.swing.internal.layout;

import javax.swing.JSlider;
import javax.swing.plaf.basic.BasicSliderUI;

/**
 * Where a value of a horizontal slider lies on its track, as its look and feel maps it: for the
 * timeline's bookmark ticks and for a drag of its thumb by a robot.
 */
public final class SliderPositions {
    private SliderPositions() {
    }

    /**
     * The first x of {@code slider} that its look and feel maps to {@code value} or beyond (its
     * public {@link BasicSliderUI#valueForXPosition}, searched).
     *
     * @param slider a horizontal slider
     * @param value  a value of its range
     * @return the x in the slider's coordinates, or −1 if its look and feel is not a {@link BasicSliderUI}
     */
    public static int xOf(JSlider slider, int value) {
        if (!(slider.getUI() instanceof BasicSliderUI ui)) {
            return -1;
        }
        int low = 0;
        int high = slider.getWidth();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ui.valueForXPosition(mid) < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
