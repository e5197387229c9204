/**
 * Glassbox core: the math of a small neural network, the training session, the glass-box trace
 * of every forward and backward pass, and scenario files. JDK only, plus Gson for the files.
 *
 * <p>Every exported package is API. Helpers belong in packages that are not exported.
 */
module dev.glassbox.core {
    requires com.google.gson;

    exports dev.glassbox.core.data;
    exports dev.glassbox.core.math;
    exports dev.glassbox.core.quiz;
    exports dev.glassbox.core.scenario;
    exports dev.glassbox.core.session;
    exports dev.glassbox.core.trace;
    // How files are replaced safely: for Glassbox's own modules (the demo runs on the class path).
    exports dev.glassbox.core.internal.files to dev.glassbox.swing;
}
