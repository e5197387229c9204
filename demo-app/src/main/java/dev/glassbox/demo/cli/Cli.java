package dev.glassbox.demo.cli;

import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.demo.files.IoProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The headless command line: {@code list}, {@code show ID},
 * {@code train SCENARIO --epochs N [--trace FILE.csv] [--seed S] [--init I] [--learning-rate η] [--optimizer O]
 * [--until-loss ε]}, as
 * DESIGN.md specifies, {@code sweep SCENARIO --epochs N --seeds A..B [--learning-rates list]
 * [--optimizers list] [--threads k] [--threshold T] [--csv FILE]}, and {@code --version}. Bad input of any kind gives status {@value #BAD_INPUT}, one line on stderr
 * starting {@code glassbox: }, and nothing on stdout; output that cannot be written gives status
 * {@value #OUTPUT_FAILED} and one such line. A warning about training (see
 * {@link TrainingSession#warnings()}) is one line on stderr starting {@code glassbox: warning: },
 * and the result is printed all the same. {@code train --until-loss ε} that does not get the loss
 * below ε within its epochs prints its result, one line on stderr saying so, and gives status
 * {@value #NOT_REACHED}. Everything on stderr that came from outside — arguments,
 * file names, what a file contains — has its control characters escaped.
 */
public final class Cli {
    /** The exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** The exit status when standard output cannot be written (a full disk, a closed pipe). */
    public static final int OUTPUT_FAILED = 1;
    /** The exit status when {@code train --until-loss ε} did not get the loss below ε within its epochs. */
    public static final int NOT_REACHED = 3;
    /** The most epochs a session can count. */
    public static final int MAX_EPOCHS = Integer.MAX_VALUE - 1;
    /** The loss below which a sweep's run has learned, unless {@code --threshold} says otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.01;
    /** The most threads a sweep trains on. */
    public static final int MAX_THREADS = 1024;

    private Cli() {
    }

    /**
     * Runs the command line and returns the exit status; never exits the JVM.
     *
     * @param args the arguments
     * @param out  standard output, written as UTF-8 whatever the locale (scenario JSON is UTF-8 by
     *             definition); a write that fails there is reported, not lost
     * @param err  standard error
     * @return 0, {@value #OUTPUT_FAILED}, {@value #BAD_INPUT} or {@value #NOT_REACHED}
     */
    public static int run(String[] args, OutputStream out, PrintStream err) {
        FailureCatchingStream caught = new FailureCatchingStream(out);
        PrintStream stdout = new PrintStream(caught, false, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(new Commands(stdout, err));
        PrintWriter help = new PrintWriter(stdout, true);
        cl.setOut(help);
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, a) -> fail(err, usageProblem(e)));
        cl.setExecutionExceptionHandler((e, c, r) -> {
            if (e instanceof BadInput) {
                return fail(err, e.getMessage());
            }
            throw e;
        });
        int status = cl.execute(args);
        help.flush();
        stdout.flush();
        IOException failure = caught.failure();
        if (failure == null && out instanceof PrintStream given && given.checkError()) {
            failure = new IOException("write error");
        }
        if (failure != null) {
            line(err, "cannot write to standard output: " + IoProblem.describe(failure));
            return OUTPUT_FAILED;
        }
        return status;
    }

    private static String usageProblem(ParameterException e) {
        CommandLine where = e.getCommandLine();
        String problem = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().get(0).startsWith("-")) {
            problem = (where.getParent() == null ? "unknown command '" : "unexpected argument '")
                    + u.getUnmatched().get(0) + "'";
        }
        return problem + " (see '" + where.getCommandSpec().qualifiedName() + " --help')";
    }

    private static int fail(PrintStream err, String message) {
        line(err, message);
        return BAD_INPUT;
    }

    /** Writes {@code message} to stderr as one line starting {@code glassbox: }, made printable. */
    static void line(PrintStream err, String message) {
        err.println("glassbox: " + printable(message.replaceAll("\\R", " ")));
        err.flush();
    }

    /**
     * {@code text} with every control and format character (an ESC that starts a terminal
     * sequence, a bidirectional override) written as a Java escape such as {@code \u001B}, so that
     * text from a file or an argument cannot act on the terminal. Each UTF-16 unit of a
     * supplementary character is escaped.
     */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                for (char unit : Character.toChars(c)) {
                    b.append(String.format("\\u%04X", (int) unit));
                }
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** A problem with the user's input, reported as one line. */
    private static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }

    @Command(name = "glassbox", description = "Glassbox: watch a small neural network learn. "
            + "Without arguments, opens the GUI.", versionProvider = Version.class)
    private static final class Commands {
        @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
        boolean help;

        @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
        boolean version;

        private final PrintStream out;
        private final PrintStream err;

        Commands(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Command(name = "list", description = "Lists the built-in scenarios: id and title, one per line.")
        void list() {
            int width = BuiltInScenarios.ids().stream().mapToInt(String::length).max().orElse(0);
            for (String id : BuiltInScenarios.ids()) {
                out.printf("%-" + width + "s  %s%n", id, BuiltInScenarios.get(id).name());
            }
        }

        @Command(name = "show", description = "Prints a built-in scenario as scenario JSON.")
        void show(@CommandLine.Parameters(paramLabel = "ID", description = "a built-in scenario id") String id) {
            if (!BuiltInScenarios.exists(id)) {
                throw new BadInput(unknownBuiltIn(id));
            }
            out.print(BuiltInScenarios.json(id));
        }

        @Command(name = "train", description = {
                "Trains a scenario and prints one JSON line: "
                        + "{\"epochs\":N,\"loss\":L,\"weights\":[...],\"biases\":[...]} "
                        + "(the parameters after N epochs and the dataset loss under them)."})
        int train(
                @CommandLine.Parameters(paramLabel = "SCENARIO",
                        description = "a built-in scenario id, or else a scenario file") String scenarioArg,
                @Option(names = "--epochs", required = true, paramLabel = "N",
                        description = "epochs to train, 1 to " + MAX_EPOCHS) String epochsArg,
                @Option(names = "--trace", paramLabel = "FILE.csv", description = "also write one CSV row per "
                        + "epoch: epoch, its mean loss, then every weight and bias after it (only if "
                        + "training succeeds: a file already there is replaced then, and kept otherwise)")
                String traceArg,
                @Option(names = "--seed", paramLabel = "S", description = "initialise the weights from this seed "
                        + "instead of the scenario's weights or seed") String seedArg,
                @Option(names = "--init", paramLabel = "I", description = "draw the weights from the seed (--seed's or "
                        + "the scenario's) this way instead of the scenario's weights or initialiser: "
                        + INITIALIZERS) String initArg,
                @Option(names = "--learning-rate", paramLabel = "η", description = "train with this learning rate "
                        + "instead of the scenario's") String rateArg,
                @Option(names = "--optimizer", paramLabel = "O", description = "train with this optimizer instead "
                        + "of the scenario's: " + OptimizerSpec.SYNTAX) String optimizerArg,
                @Option(names = "--until-loss", paramLabel = "ε", description = "stop after the first epoch whose "
                        + "loss (its mean loss before its update) is below ε, a number above 0; if none is within "
                        + "--epochs, the result is printed all the same and the exit status is " + NOT_REACHED)
                String untilArg) {
            int epochs = epochs(epochsArg);
            double until = untilArg == null ? Double.NEGATIVE_INFINITY : lossBound(untilArg);
            Scenario scenario = settings(scenario(scenarioArg), seedArg == null ? null : seed(seedArg, "--seed"),
                    rateArg == null ? null : number(rateArg, "--learning-rate"),
                    optimizerArg == null ? null : optimizer(optimizerArg, "--optimizer"));
            if (initArg != null) {
                scenario = scenario.toBuilder().parameters(null).initializer(initializer(initArg)).build();
            }
            Path trace = traceArg == null ? null : path(traceArg, "trace file");
            TrainingSession session = new TrainingSession(scenario);
            if (trace == null) {
                session.runUntilLossBelow(epochs, until);
            } else {
                writeTrace(session, epochs, until, trace, traceArg);
            }
            String advice = advice(scenarioArg);
            session.divergence().ifPresent(d -> {
                throw new BadInput(d.message() + " " + advice);
            });
            session.warnings().forEach(w -> line(err, "warning: " + w.message() + " " + advice));
            StringBuilder json = new StringBuilder("{");
            appendResult(json, session.epoch(), session.datasetLoss(), session.parameters());
            out.println(json.append('}'));
            if (untilArg != null && !(session.lossHistory().last() < until)) {
                out.flush();
                line(err, "the loss did not get below " + untilArg + " within " + epochs + " epochs (epoch "
                        + epochs + "'s loss was " + session.lossHistory().last() + ")");
                return NOT_REACHED;
            }
            return 0;
        }

        @Command(name = "sweep", description = {
                "Trains every combination of optimizer, learning rate and seed (the seed varying fastest), "
                        + "several at once, each exactly as 'train' with the same --seed, --learning-rate and "
                        + "--optimizer would, and prints one JSON line per run: its settings, train's fields, "
                        + "\"firstBelow\" (the first epoch whose loss was below the threshold, or null), "
                        + "\"stuck\" (never below it) and \"diverged\" (the epoch that diverged, or null); "
                        + "then a line {\"summary\":{...}}. Progress goes to stderr once a second; Ctrl+C "
                        + "stops, writing the runs done and the summary."})
        void sweep(
                @CommandLine.Parameters(paramLabel = "SCENARIO",
                        description = "a built-in scenario id, or else a scenario file") String scenarioArg,
                @Option(names = "--epochs", required = true, paramLabel = "N",
                        description = "epochs of each run, 1 to " + MAX_EPOCHS) String epochsArg,
                @Option(names = "--seeds", required = true, paramLabel = "A..B",
                        description = "the seeds to initialise the weights from, A to B (or one seed)") String seedsArg,
                @Option(names = "--learning-rates", paramLabel = "η,…",
                        description = "the learning rates (default: the scenario's)") String ratesArg,
                @Option(names = "--optimizers", paramLabel = "O,…",
                        description = "the optimizers, each " + OptimizerSpec.SYNTAX + " (default: the scenario's)")
                String optimizersArg,
                @Option(names = "--threads", paramLabel = "k",
                        description = "runs trained at once (default: one per processor)") String threadsArg,
                @Option(names = "--threshold", paramLabel = "T", description = "the loss below which a run has "
                        + "learned (default " + DEFAULT_THRESHOLD + ")") String thresholdArg,
                @Option(names = "--csv", paramLabel = "FILE.csv", description = "also write one CSV row per run "
                        + "(replacing a file already there once the sweep ends)") String csvArg) {
            int epochs = epochs(epochsArg);
            Scenario base = scenario(scenarioArg);
            long[] seeds = seeds(seedsArg);
            List<Double> rates = ratesArg == null ? List.of(base.learningRate())
                    : values(ratesArg, "--learning-rates", a -> number(a, "--learning-rates"));
            List<Optimizer> optimizers = optimizersArg == null ? List.of(base.optimizer())
                    : values(optimizersArg, "--optimizers", a -> optimizer(a, "--optimizers"));
            int threads = threadsArg == null ? Runtime.getRuntime().availableProcessors() : threads(threadsArg);
            double threshold = thresholdArg == null ? DEFAULT_THRESHOLD : number(thresholdArg, "--threshold");
            if ((long) seeds.length * rates.size() * optimizers.size() > Sweep.MAX_RUNS) {
                throw new BadInput("a sweep has at most " + Sweep.MAX_RUNS + " runs, got "
                        + (long) seeds.length * rates.size() * optimizers.size());
            }
            Sweep sweep;
            try {
                sweep = new Sweep(base, epochs, seeds, rates, optimizers, threads, threshold);
            } catch (ScenarioException e) {
                throw new BadInput(scenarioArg + " with these settings: " + e.getMessage());
            }
            Path csv = csvArg == null ? null : path(csvArg, "CSV file");
            Thread hook = new Thread(sweep::cancelAndAwait, "glassbox-sweep-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                runSweep(sweep, csv, csvArg, out, err);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl+C: the hook is running, and waited for what is done to be written
                }
            }
        }
    }

    /** Runs the sweep, with its CSV beside the JSON lines if asked for (in place only once the sweep ends). */
    private static void runSweep(Sweep sweep, Path csv, String csvArg, PrintStream out, PrintStream err) {
        IntConsumer progress = doneRuns -> line(err, "sweep: " + doneRuns + " of " + sweep.size() + " runs done");
        if (csv == null) {
            try {
                sweep.run(out, progress, null);
            } catch (IOException e) {
                throw new IllegalStateException("no CSV to fail", e);
            }
            return;
        }
        try (TextFileReplacement file = new TextFileReplacement(csv);
             CSVPrinter printer = new CSVPrinter(file.writer(), CsvDialect.format())) {
            sweep.run(out, progress, printer);
            printer.flush();
            file.commit();
        } catch (IOException e) {
            throw new BadInput("cannot write CSV file " + csvArg + ": " + IoProblem.describe(e));
        }
    }

    /**
     * What to change on the command line about a divergence or a warning: the scenario file's
     * {@code learningRate}. (A built-in's rate cannot be changed here, and none of them trips either
     * at its own rate: DivergenceWarningsTest.)
     */
    private static String advice(String scenarioFile) {
        return "Lower \"learningRate\" in " + scenarioFile + " and train it again.";
    }

    /** A finite number given to {@code option}. */
    private static double number(String arg, String option) {
        try {
            double v = Double.parseDouble(arg);
            if (Double.isFinite(v) && arg.strip().equals(arg)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInput(option + " takes a finite number, got '" + arg + "'");
    }

    /** The initialisers' ids, as {@code --init} lists them (a constant for picocli's annotation; CliTest holds it to the enum). */
    static final String INITIALIZERS = "xavier, he, uniform or zeros";

    private static Initializer initializer(String arg) {
        for (Initializer i : Initializer.values()) {
            if (i.id().equals(arg)) {
                return i;
            }
        }
        throw new BadInput("--init takes " + INITIALIZERS + ", got '" + arg + "'");
    }

    private static Optimizer optimizer(String arg, String option) {
        try {
            return OptimizerSpec.parse(arg, option);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** A comma-separated list of at least one value, each read by {@code read}. */
    private static <T> List<T> values(String arg, String option, Function<String, T> read) {
        List<T> values = new ArrayList<>();
        for (String item : arg.split(",", -1)) {
            if (item.isEmpty()) {
                throw new BadInput(option + " takes a comma-separated list without empty entries, got '" + arg + "'");
            }
            values.add(read.apply(item));
        }
        return values;
    }

    /** A whole number within the seeds' range. */
    private static long seed(String arg, String option) {
        if (arg.matches("[+-]?[0-9]{1,16}")) {
            long seed = Long.parseLong(arg);
            if (Math.abs(seed) <= Scenario.MAX_SEED) {
                return seed;
            }
        }
        throw new BadInput(option + " takes a whole number from -2^53 to 2^53, got '" + arg + "'");
    }

    /** {@code A..B} (A ≤ B) or a single seed. */
    private static long[] seeds(String arg) {
        String[] ends = arg.split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new BadInput("--seeds takes A..B or one seed, got '" + arg + "'");
        }
        long from = seed(ends[0], "--seeds");
        long to = ends.length == 2 ? seed(ends[1], "--seeds") : from;
        if (to < from) {
            throw new BadInput("--seeds takes A..B with A at most B, got '" + arg + "'");
        }
        if (to - from >= Sweep.MAX_RUNS) {
            throw new BadInput("a sweep has at most " + Sweep.MAX_RUNS + " runs, got " + (to - from + 1) + " seeds");
        }
        long[] seeds = new long[(int) (to - from + 1)];
        for (int k = 0; k < seeds.length; k++) {
            seeds[k] = from + k;
        }
        return seeds;
    }

    private static int threads(String arg) {
        if (arg.matches("\\+?[0-9]{1,4}")) {
            int k = Integer.parseInt(arg);
            if (k >= 1 && k <= MAX_THREADS) {
                return k;
            }
        }
        throw new BadInput("--threads takes a whole number from 1 to " + MAX_THREADS + ", got '" + arg + "'");
    }

    /** A scenario with the settings given on the command line, or the problem with them as bad input. */
    private static Scenario settings(Scenario scenario, Long seed, Double eta, Optimizer optimizer) {
        try {
            return Sweep.settings(scenario, seed, eta, optimizer);
        } catch (ScenarioException e) {
            throw new BadInput("the settings break a rule of the scenario: " + e.getMessage());
        }
    }

    /** The bound of {@code --until-loss}: a finite number above 0 (a loss is never below 0). */
    private static double lossBound(String arg) {
        double v = number(arg, "--until-loss");
        if (v <= 0) {
            throw new BadInput("--until-loss takes a number above 0 (a loss is never below 0), got '" + arg + "'");
        }
        return v;
    }

    private static int epochs(String arg) {
        if (arg.matches("\\+?[0-9]{1,10}")) {
            long n = Long.parseLong(arg);
            if (n >= 1 && n <= MAX_EPOCHS) {
                return (int) n;
            }
        }
        throw new BadInput("--epochs must be a whole number from 1 to " + MAX_EPOCHS + ", got '" + arg + "'");
    }

    private static Scenario scenario(String arg) {
        if (BuiltInScenarios.exists(arg)) {
            return BuiltInScenarios.get(arg);
        }
        Path file = path(arg, "scenario");
        if (!Files.exists(file)) {
            throw new BadInput(unknownBuiltIn(arg) + " nor an existing file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ScenarioFiles.read(in);
        } catch (ScenarioException e) {
            throw new BadInput(arg + ": " + e.getMessage());
        } catch (IOException e) {
            throw new BadInput("cannot read " + arg + ": " + IoProblem.describe(e));
        }
    }

    private static String unknownBuiltIn(String id) {
        return "'" + id + "' is not a built-in scenario (" + String.join(", ", BuiltInScenarios.ids()) + ")";
    }

    private static Path path(String arg, String what) {
        try {
            return Path.of(arg);
        } catch (InvalidPathException e) {
            throw new BadInput("not a valid " + what + " path: " + arg);
        }
    }

    /**
     * Trains epoch by epoch, streaming one row per epoch, and puts the trace in place only if
     * every epoch trained; stops early if training diverges, or after the first epoch whose loss is
     * below {@code until}.
     */
    private static void writeTrace(TrainingSession session, int epochs, double until, Path file, String arg) {
        try (TraceWriter trace = new TraceWriter(file, session.architecture().sizeArray())) {
            for (int e = 1; e <= epochs && session.step(); e++) {
                trace.row(e, session.lossHistory().last(), session.parameters());
                if (session.lossHistory().last() < until) {
                    break;
                }
            }
            if (session.divergence().isEmpty()) {
                trace.commit();
            }
        } catch (IOException e) {
            throw new BadInput("cannot write trace file " + arg + ": " + IoProblem.describe(e));
        }
    }

    /**
     * Appends train's fields {@code "epochs":N,"loss":L,"weights":[...],"biases":[...]}, every number
     * round-tripping (train's line is them in braces; a sweep's line has them among its own).
     */
    static void appendResult(StringBuilder json, int epochs, double loss, Parameters p) {
        json.append("\"epochs\":").append(epochs).append(",\"loss\":").append(loss);
        appendArray(json.append(",\"weights\":"), p.weights());
        appendArray(json.append(",\"biases\":"), p.biases());
    }

    private static void appendArray(StringBuilder json, Object array) {
        json.append('[');
        if (array instanceof double[] values) {
            for (int i = 0; i < values.length; i++) {
                json.append(i == 0 ? "" : ",").append(values[i]);
            }
        } else {
            Object[] rows = (Object[]) array;
            for (int i = 0; i < rows.length; i++) {
                appendArray(json.append(i == 0 ? "" : ","), rows[i]);
            }
        }
        json.append(']');
    }
}
