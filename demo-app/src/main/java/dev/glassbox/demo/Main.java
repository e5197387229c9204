package dev.glassbox.demo;

import dev.glassbox.demo.cli.Cli;
import java.awt.GraphicsEnvironment;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code glassbox-demo.jar}: the GUI without arguments, else the command line. */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits with its status, or, without arguments, opens the GUI. */
    public static void main(String[] args) {
        if (args.length > 0) {
            // Scenario JSON is UTF-8 by definition, so `show ID > file` must write UTF-8 whatever the locale.
            PrintStream out = utf8(FileDescriptor.out);
            PrintStream err = utf8(FileDescriptor.err);
            int status = Cli.run(args, out, err);
            out.flush();
            err.flush();
            System.exit(status);
        } else if (GraphicsEnvironment.isHeadless()) {
            System.err.println("glassbox: no display for the GUI; see 'glassbox --help' for the command line");
            System.exit(Cli.BAD_INPUT);
        } else {
            Gui.open();
        }
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd)), false, StandardCharsets.UTF_8);
    }
}
