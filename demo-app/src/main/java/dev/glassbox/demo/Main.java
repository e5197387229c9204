package dev.glassbox.demo;

import dev.glassbox.demo.cli.Cli;
import java.awt.GraphicsEnvironment;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code glassbox-demo.jar}: the GUI without arguments, else the command line. */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits with its status, or, without arguments, opens the GUI. */
    public static void main(String[] args) {
        if (args.length > 0) {
            // The raw stream, so that the command line sees a failed write (a PrintStream would hide it).
            OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(Cli.run(args, out, err));
        } else if (GraphicsEnvironment.isHeadless()) {
            System.err.println("glassbox: no display for the GUI; see 'glassbox --help' for the command line");
            System.exit(Cli.BAD_INPUT);
        } else {
            Gui.open();
        }
    }
}
