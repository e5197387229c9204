import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the demo's native app image, for the {@code app-image} profile of demo-app (see
 * docs/distribution.md): {@code java scripts/AppImage.java <fat jar> <destination> <version>}.
 *
 * <ol>
 *   <li>the JDK modules the fat jar needs, by {@code jdeps --print-module-deps}, plus the locale
 *       data of the languages the application speaks;</li>
 *   <li>{@code jpackage --type app-image} with a runtime jlinked from exactly those modules, which
 *       also gets the JDK's own class-data archive ({@code --generate-cds-archive});</li>
 *   <li>a training run of the image's launcher that opens the window, waits for its first painted
 *       frame and exits ({@code -Dglassbox.startupProbe=exit}), recording every class it loaded in
 *       an AppCDS archive ({@code -XX:ArchiveClassesAtExit}); the launcher's configuration then
 *       names that archive ({@code -XX:SharedArchiveFile=$APPDIR/glassbox.jsa});</li>
 *   <li>a check that the command line of the finished image runs ({@code list}).</li>
 * </ol>
 *
 * The same program runs on Linux, Windows and macOS; only the image's layout differs. On Linux
 * without a display the training run goes through {@code xvfb-run}.
 */
public final class AppImage {
    private static final String NAME = "Glassbox";
    private static final String MAIN_CLASS = "dev.glassbox.demo.Main";
    private static final String ARCHIVE = "glassbox.jsa";
    /** The languages of the application's texts: the runtime keeps only their locale data. */
    private static final String LOCALES = "en,de";
    private static final long TRAINING_TIMEOUT_SECONDS = 180;

    private AppImage() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java scripts/AppImage.java <fat jar> <destination> <version>");
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path dest = Path.of(args[1]).toAbsolutePath();
        // jpackage wants 1 to 3 numbers (Windows and macOS refuse suffixes such as -SNAPSHOT).
        String version = args[2].replaceFirst("[^0-9.].*$", "");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no fat jar at " + jar + ": run the package phase first");
        }
        Layout image = Layout.of(dest);
        deleteTree(dest);
        Path input = dest.resolveSibling(dest.getFileName() + "-input");
        deleteTree(input);
        Files.createDirectories(input);
        Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);

        String modules = run("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release",
                String.valueOf(Runtime.version().feature()), jar.toString()).strip() + ",jdk.localedata";
        System.out.println("[app-image] modules: " + modules);
        run("jpackage", "--type", "app-image", "--name", NAME, "--app-version", version,
                "--dest", dest.toString(), "--input", input.toString(),
                "--main-jar", jar.getFileName().toString(), "--main-class", MAIN_CLASS,
                "--add-modules", modules,
                "--jlink-options", "--strip-debug --no-man-pages --no-header-files"
                        + " --generate-cds-archive --include-locales=" + LOCALES);

        recordArchive(image, dest.resolveSibling(dest.getFileName() + "-training"));
        String list = output(List.of(image.launcher().toString(), "list"), dest, null);
        if (!list.contains("xor")) {
            throw new IllegalStateException("the image's command line does not list the scenarios:\n" + list);
        }
        System.out.println("[app-image] built " + image.root() + "; launcher " + image.launcher());
    }

    /** The training run, then the archive named in the launcher's configuration. */
    private static void recordArchive(Layout image, Path work) throws IOException, InterruptedException {
        deleteTree(work);
        Files.createDirectories(work);
        List<String> command = new ArrayList<>();
        if (needsVirtualDisplay()) {
            if (!onPath("xvfb-run")) {
                throw new IllegalStateException("the class-data training run needs a display: set DISPLAY or install xvfb-run");
            }
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.add(image.launcher().toString());
        // Relative paths (in the working directory): JAVA_TOOL_OPTIONS splits at spaces.
        String options = "-XX:ArchiveClassesAtExit=" + ARCHIVE + " -Dglassbox.startupProbe=exit"
                + " -Djava.util.prefs.userRoot=prefs";
        String out = output(command, work, options);
        if (!out.contains("glassbox.firstFrame")) {
            throw new IllegalStateException("the training run showed no first frame:\n" + out);
        }
        Path archive = work.resolve(ARCHIVE);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run wrote no class-data archive:\n" + out);
        }
        Files.move(archive, image.appDir().resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING);
        // The archive is valid only where it was recorded (a JDK 17 archive holds the class path as
        // it was); elsewhere the JVM falls back to the runtime's own archive, without a message.
        Files.writeString(image.config(), "java-options=-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE + "\n"
                + "java-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        deleteTree(work);
    }

    private static boolean needsVirtualDisplay() {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
        return linux && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Runs a JDK tool in this JVM; returns its output, or fails with it. */
    private static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is missing: build with a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (status != 0) {
            throw new IllegalStateException(tool + " failed (" + status + "):\n" + out + err);
        }
        return out.toString();
    }

    /** Runs a program to its end; returns its output (standard and error), or fails with it. */
    private static String output(List<String> command, Path dir, String javaToolOptions)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (javaToolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Path log = Files.createTempFile("app-image", ".log");
        try {
            Process process = builder.redirectOutput(log.toFile()).start();
            if (!process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within "
                        + TRAINING_TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
            }
            String out = Files.readString(log);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                        + "):\n" + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Where jpackage puts the launcher, the application directory and its configuration, per platform. */
    private record Layout(Path root, Path launcher, Path appDir) {
        static Layout of(Path dest) {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            if (os.contains("win")) {
                Path root = dest.resolve(NAME);
                return new Layout(root, root.resolve(NAME + ".exe"), root.resolve("app"));
            }
            if (os.contains("mac")) {
                Path root = dest.resolve(NAME + ".app");
                return new Layout(root, root.resolve("Contents/MacOS/" + NAME), root.resolve("Contents/app"));
            }
            Path root = dest.resolve(NAME);
            return new Layout(root, root.resolve("bin/" + NAME), root.resolve("lib/app"));
        }

        Path config() {
            return appDir.resolve(NAME + ".cfg");
        }
    }
}
