/**
 * Glassbox Swing widget: the components that make backpropagation visible, observing a
 * {@link dev.glassbox.swing.model.GlassboxModel} as a JTable observes its TableModel.
 *
 * <p>Every exported package is API. The packages under {@code dev.glassbox.swing.internal} are
 * helpers and stay inside the module: {@code text} (names, numbers and formulas as the views write
 * them), {@code explain} (every number explained: its formula with the numbers put in, what a
 * concealed quiz value hides, the conventions), {@code table} (the trace tables' base and renderer), {@code marker} (the padlock, skull
 * and warning shapes), {@code threading} (the event-thread rule), {@code edit} (the field a
 * weight or bias is typed in), {@code action} (commands as Swing actions) and {@code data} (samples
 * as CSV and tab-separated text).
 */
module dev.glassbox.swing {
    requires transitive java.desktop;
    requires transitive dev.glassbox.core;
    requires org.jfree.jfreechart;
    requires org.apache.commons.csv;
    // FlatLaf is optional: without it the add-on below is simply never loaded.
    requires static com.formdev.flatlaf;

    exports dev.glassbox.swing;
    exports dev.glassbox.swing.boundary;
    exports dev.glassbox.swing.chain;
    exports dev.glassbox.swing.chart;
    exports dev.glassbox.swing.controls;
    exports dev.glassbox.swing.data;
    exports dev.glassbox.swing.editor;
    exports dev.glassbox.swing.loss;
    exports dev.glassbox.swing.model;
    exports dev.glassbox.swing.network;
    exports dev.glassbox.swing.quiz;
    exports dev.glassbox.swing.table;
    exports dev.glassbox.swing.theme;
    exports dev.glassbox.swing.undo;

    // FlatLaf reads the add-on's Flat*.properties from the add-on's own package.
    opens dev.glassbox.swing.theme to com.formdev.flatlaf;

    provides com.formdev.flatlaf.FlatDefaultsAddon with dev.glassbox.swing.theme.GlassboxFlatLafAddon;
}
