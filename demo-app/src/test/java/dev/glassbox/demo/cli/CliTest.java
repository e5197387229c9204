package dev.glassbox.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.glassbox.core.math.Adam;
import dev.glassbox.core.math.Initializer;
import dev.glassbox.core.math.Optimizer;
import dev.glassbox.core.math.Parameters;
import dev.glassbox.core.scenario.BuiltInScenarios;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioFiles;
import dev.glassbox.core.session.TrainingSession;
import dev.glassbox.swing.model.GlassboxModel;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.swing.SwingUtilities;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CliTest {
    /** A 1-1 linear network whose output grows by a factor of about 2·10¹⁰ per epoch. */
    private static final String DIVERGING = """
            {"format": "glassbox-scenario/1", "name": "blow-up", "layers": [1, 1], "activations": ["linear"],
             "loss": "mse", "learningRate": 1e10, "weights": [[[1]]], "biases": [[0]],
             "samples": [{"x": [1], "y": [0]}]}
            """;

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result ok(String... args) {
        Result r = run(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        return r;
    }

    /** Status 2, nothing on stdout, one line on stderr that starts "glassbox: " and contains {@code problem}. */
    private static void assertBadInput(String problem, String... args) {
        Result r = run(args);
        assertThat(r.out()).as("stdout").isEmpty();
        assertThat(r.err().lines()).as("stderr").singleElement(STRING)
                .startsWith("glassbox: ").contains(problem);
        assertThat(r.status()).isEqualTo(Cli.BAD_INPUT);
    }

    /** The parsed train output: epochs, loss and parameters, numbers as exactly the doubles printed. */
    private record Trained(int epochs, double loss, Parameters parameters) {
        static Trained parse(String stdout) {
            assertThat(stdout.lines()).as("one JSON line").hasSize(1);
            JsonObject o = JsonParser.parseString(stdout).getAsJsonObject();
            assertThat(o.keySet()).containsExactly("epochs", "loss", "weights", "biases");
            Gson gson = new Gson();
            return new Trained(o.get("epochs").getAsInt(), o.get("loss").getAsDouble(),
                    Parameters.of(gson.fromJson(o.get("weights"), double[][][].class),
                            gson.fromJson(o.get("biases"), double[][].class)));
        }
    }

    // ------------------------------------------------------------------ output contract

    @Test
    void listPrintsEveryBuiltInIdAndTitleOnePerLine() {
        List<String> lines = ok("list").out().lines().toList();
        List<String> ids = BuiltInScenarios.ids();
        assertThat(lines).hasSize(ids.size());
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            assertThat(lines.get(k)).startsWith(id + " ").endsWith(" " + BuiltInScenarios.get(id).name());
        }
    }

    @Test
    void showPrintsExactlyTheBuiltInScenarioJson() {
        for (String id : BuiltInScenarios.ids()) {
            String out = ok("show", id).out();
            assertThat(out).isEqualTo(BuiltInScenarios.json(id));
            assertThat(ScenarioFiles.parse(out)).isEqualTo(BuiltInScenarios.get(id));
        }
    }

    @Test
    void trainPrintsTheFinalParametersAndTheirDatasetLossAsOneJsonLine() {
        Trained t = Trained.parse(ok("train", "and", "--epochs", "250").out());

        TrainingSession session = new TrainingSession(BuiltInScenarios.get("and"));
        session.run(250);
        assertThat(t.epochs()).isEqualTo(250);
        assertThat(t.loss()).isEqualTo(session.datasetLoss());
        assertThat(t.parameters()).isEqualTo(session.parameters());
    }

    @Test
    void trainIsBitIdenticalToRunAndToSteps() {
        Trained t = Trained.parse(ok("train", "xor", "--epochs", "5000").out());

        TrainingSession bulk = new TrainingSession(BuiltInScenarios.get("xor"));
        assertThat(bulk.run(5000)).isEqualTo(5000);
        TrainingSession stepped = new TrainingSession(BuiltInScenarios.get("xor"));
        for (int e = 0; e < 5000; e++) {
            assertThat(stepped.step()).isTrue();
        }
        assertThat(t.parameters()).isEqualTo(bulk.parameters()).isEqualTo(stepped.parameters());
        assertThat(Double.doubleToRawLongBits(t.loss())).isEqualTo(Double.doubleToRawLongBits(bulk.datasetLoss()));
    }

    @Test
    void trainsWithAnotherSeedLearningRateAndOptimizerAsAFileSayingSoWould() throws IOException {
        Scenario xor = BuiltInScenarios.get("xor");
        Path file = Files.writeString(dir.resolve("xor-adam.json"), ScenarioFiles.toJson(xor.toBuilder().parameters(null)
                .seed(42).learningRate(0.05).optimizer(new Adam(0.9, 0.99, 1e-7)).build()));
        String fromOptions = ok("train", "xor", "--epochs", "700", "--seed", "42", "--learning-rate", "0.05",
                "--optimizer", "adam:0.9:0.99:1e-7").out();
        assertThat(fromOptions).isEqualTo(ok("train", file.toString(), "--epochs", "700").out());
        assertThat(fromOptions).isNotEqualTo(ok("train", "xor", "--epochs", "700", "--seed", "42").out());
    }

    // ------------------------------------------------------------------ until the loss is below a bound

    /** The first epoch of a plain xor run whose loss is below {@code epsilon} (0 if none within 5000). */
    private static int firstXorEpochBelow(double epsilon) {
        TrainingSession plain = new TrainingSession(BuiltInScenarios.get("xor"));
        plain.run(5000);
        for (int e = 1; e <= 5000; e++) {
            if (plain.lossHistory().get(e - 1) < epsilon) {
                return e;
            }
        }
        return 0;
    }

    @Test
    void untilLossStopsAfterTheFirstEpochBelowTheBoundAndPrintsWhatTrainingThatFarPrints() throws IOException {
        int first = firstXorEpochBelow(0.05);
        assertThat(first).isBetween(2, 4999);
        String until = ok("train", "xor", "--epochs", "5000", "--until-loss", "0.05").out();
        assertThat(Trained.parse(until).epochs()).isEqualTo(first);
        assertThat(until).isEqualTo(ok("train", "xor", "--epochs", Integer.toString(first)).out());

        Path csv = dir.resolve("until.csv");
        String traced = ok("train", "xor", "--epochs", "5000", "--until-loss", "5e-2", "--trace", csv.toString()).out();
        assertThat(traced).isEqualTo(until);
        assertThat(Files.readAllLines(csv)).as("the header and a row per epoch trained").hasSize(first + 1);
    }

    @Test
    void viewingAPastEpochInTheGuiShowsExactlyTheParametersTrainPrintsForThatManyEpochs() throws Exception {
        Map<Integer, Parameters> shown = new TreeMap<>();
        SwingUtilities.invokeAndWait(() -> {
            GlassboxModel model = new GlassboxModel(BuiltInScenarios.get("xor"));
            model.session().run(5000);
            for (int e : new int[] {1, 120, 2345, 4999}) {
                model.viewEpoch(e);
                shown.put(e, model.trace().before());
            }
            model.close();
        });
        shown.forEach((e, p) -> assertThat(p).as("epoch %d", e)
                .isEqualTo(Trained.parse(ok("train", "xor", "--epochs", Integer.toString(e)).out()).parameters()));
    }

    @Test
    void untilLossNotReachedWithinTheEpochsPrintsTheResultSaysSoAndExitsWithItsOwnStatus() {
        Result r = run("train", "xor", "--epochs", "50", "--until-loss", "1e-9");
        assertThat(r.status()).isEqualTo(Cli.NOT_REACHED).isEqualTo(3);
        assertThat(r.out()).isEqualTo(ok("train", "xor", "--epochs", "50").out());
        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        session.run(50);
        assertThat(r.err().lines()).singleElement(STRING).isEqualTo("glassbox: the loss did not get below 1e-9 within 50 "
                + "epochs (epoch 50's loss was " + session.lossHistory().last() + ")");
        assertThat(ok("train", "-h").out()).contains("--until-loss=ε");
    }

    @Test
    void untilLossTakesOnlyANumberAboveZero() {
        assertBadInput("--until-loss takes a number above 0 (a loss is never below 0), got '0'",
                "train", "xor", "--epochs", "5", "--until-loss", "0");
        assertBadInput("--until-loss takes a number above 0", "train", "xor", "--epochs", "5", "--until-loss", "-1e-3");
        assertBadInput("--until-loss takes a finite number, got 'small'",
                "train", "xor", "--epochs", "5", "--until-loss", "small");
        assertBadInput("--until-loss takes a finite number, got 'NaN'",
                "train", "xor", "--epochs", "5", "--until-loss", "NaN");
    }

    @Test
    void trainsFromAnInitialiserAsAFileSayingSoWould() throws IOException {
        Scenario xor = BuiltInScenarios.get("xor");
        for (Initializer init : Initializer.values()) {
            assertThat(Cli.INITIALIZERS).contains(init.id());
            Path file = Files.writeString(dir.resolve("xor-" + init.id() + ".json"), ScenarioFiles.toJson(
                    xor.toBuilder().parameters(null).seed(42).initializer(init).build()));
            String fromOptions = ok("train", "xor", "--epochs", "300", "--seed", "42", "--init", init.id()).out();
            assertThat(fromOptions).isEqualTo(ok("train", file.toString(), "--epochs", "300").out());
        }
        assertThat(ok("train", "xor", "--epochs", "300", "--seed", "42", "--init", "he").out())
                .isNotEqualTo(ok("train", "xor", "--epochs", "300", "--seed", "42").out());
    }

    // ------------------------------------------------------------------ sweep

    /** Train's fields in a sweep's line, as train prints them: from "epochs" to the biases' end. */
    private static final Pattern TRAIN_FIELDS = Pattern.compile(
            "^\\{\"seed\":(-?\\d+),\"learningRate\":([^,]+),\"optimizer\":\"([^\"]+)\",(\"epochs\".*),"
                    + "\"firstBelow\":(null|\\d+),\"stuck\":(true|false),\"diverged\":(null|\\d+)}$");

    @Test
    void aSweepOf64SeedsEqualsSixtyFourTrainRunsLineForLine() {
        Result sweep = run("sweep", "xor", "--epochs", "800", "--seeds", "-10..53", "--threads", "2", "--threshold", "0.1");
        assertThat(sweep.status()).isZero();
        assertThat(sweep.err().lines()).allMatch(l -> l.matches("glassbox: sweep: \\d+ of 64 runs done"));
        List<String> lines = sweep.out().lines().toList();
        assertThat(lines).hasSize(65);
        int below = 0;
        for (int k = 0; k < 64; k++) {
            Matcher m = TRAIN_FIELDS.matcher(lines.get(k));
            assertThat(m.matches()).as(lines.get(k)).isTrue();
            assertThat(m.group(1)).isEqualTo(Integer.toString(k - 10));
            assertThat(m.group(2)).isEqualTo("2.0");
            assertThat(m.group(3)).isEqualTo("sgd");
            String train = ok("train", "xor", "--epochs", "800", "--seed", Integer.toString(k - 10)).out();
            assertThat("{" + m.group(4) + "}\n").as("seed %d", k - 10).isEqualTo(train);
            // stuck exactly when no epoch's loss got below the threshold
            TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor").toBuilder().parameters(null)
                    .seed(k - 10).build());
            session.run(800);
            int first = 0;
            for (int e = 800; e >= 1; e--) {
                first = session.lossHistory().get(e - 1) < 0.1 ? e : first;
            }
            assertThat(m.group(5)).isEqualTo(first == 0 ? "null" : Integer.toString(first));
            assertThat(m.group(6)).isEqualTo(Boolean.toString(first == 0));
            assertThat(m.group(7)).isEqualTo("null");
            below += first == 0 ? 0 : 1;
        }
        JsonObject summary = JsonParser.parseString(lines.get(64)).getAsJsonObject().getAsJsonObject("summary");
        assertThat(summary.get("runs").getAsInt()).isEqualTo(64);
        assertThat(summary.get("done").getAsInt()).isEqualTo(64);
        assertThat(summary.get("cancelled").getAsBoolean()).isFalse();
        assertThat(summary.get("belowThreshold").getAsInt()).isEqualTo(below);
        assertThat(summary.get("stuck").getAsInt()).isEqualTo(64 - below);
        assertThat(below).isBetween(1, 63);
    }

    @Test
    void aSweepRunsOptimizersThenRatesThenSeedsAndWritesTheSameRowsAsCsv() throws IOException {
        Path csv = Files.writeString(dir.resolve("runs.csv"), "old\n");
        Result sweep = ok("sweep", "and", "--epochs", "50", "--seeds", "7..8", "--learning-rates", "0.5,1.5",
                "--optimizers", "momentum:0.5,adam", "--threads", "3", "--csv", csv.toString());
        List<String> lines = sweep.out().lines().toList();
        assertThat(lines).hasSize(9);
        List<String> settings = lines.subList(0, 8).stream().map(l -> {
            Matcher m = TRAIN_FIELDS.matcher(l);
            assertThat(m.matches()).isTrue();
            return m.group(3) + " " + m.group(2) + " " + m.group(1);
        }).toList();
        assertThat(settings).containsExactly("momentum:0.5 0.5 7", "momentum:0.5 0.5 8", "momentum:0.5 1.5 7",
                "momentum:0.5 1.5 8", "adam:0.9:0.999:1.0E-8 0.5 7", "adam:0.9:0.999:1.0E-8 0.5 8",
                "adam:0.9:0.999:1.0E-8 1.5 7", "adam:0.9:0.999:1.0E-8 1.5 8");
        Matcher last = TRAIN_FIELDS.matcher(lines.get(7));
        assertThat(last.matches()).isTrue();
        assertThat("{" + last.group(4) + "}\n").isEqualTo(ok("train", "and", "--epochs", "50", "--seed", "8",
                "--learning-rate", "1.5", "--optimizer", "adam").out());

        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CsvDialect.format())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(9);
            assertThat(rows.get(0).toList()).containsExactly("seed", "learningRate", "optimizer", "epochs", "loss",
                    "firstBelow", "stuck", "diverged");
            for (int k = 0; k < 8; k++) {
                JsonObject line = JsonParser.parseString(lines.get(k)).getAsJsonObject();
                CSVRecord row = rows.get(k + 1);
                assertThat(row.get(0)).isEqualTo(line.get("seed").getAsString());
                assertThat(row.get(2)).isEqualTo(line.get("optimizer").getAsString());
                assertThat(Double.parseDouble(row.get(4))).isEqualTo(line.get("loss").getAsDouble());
                assertThat(row.get(6)).isEqualTo(line.get("stuck").getAsString());
            }
        }
    }

    @Test
    void aCancelledSweepWritesTheRunsDoneAndSaysSo() throws IOException {
        Sweep sweep = new Sweep(BuiltInScenarios.get("xor"), 20_000, new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
                List.of(2.0), List.of(Optimizer.SGD), 1, 0.01);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // the first line written cancels the rest: the runs not yet done are never written
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8) {
            @Override
            public void println(String line) {
                super.println(line);
                sweep.cancel();
            }
        };
        sweep.run(out, done -> { }, null);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        JsonObject summary = JsonParser.parseString(lines.get(lines.size() - 1)).getAsJsonObject()
                .getAsJsonObject("summary");
        assertThat(summary.get("cancelled").getAsBoolean()).isTrue();
        assertThat(summary.get("done").getAsInt()).isEqualTo(lines.size() - 1).isLessThan(12);
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = TRAIN_FIELDS.matcher(line);
            assertThat(m.matches()).isTrue();
            assertThat("{" + m.group(4) + "}\n").isEqualTo(ok("train", "xor", "--epochs", "20000", "--seed", m.group(1)).out());
        }
    }

    @Test
    void stoppingTheProcessWritesTheRunsDoneAndTheSummary() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.glassbox.demo.Main",
                "sweep", "xor", "--epochs", "2000000", "--seeds", "1..50", "--threads", "1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var reader = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            assertThat(first).startsWith("{\"seed\":1,");
            p.toHandle().destroy(); // SIGTERM, which runs the shutdown hooks as Ctrl+C's SIGINT does
            List<String> rest = reader.lines().toList();
            assertThat(p.waitFor()).isNotZero();
            String last = rest.get(rest.size() - 1);
            JsonObject summary = JsonParser.parseString(last).getAsJsonObject().getAsJsonObject("summary");
            assertThat(summary.get("cancelled").getAsBoolean()).isTrue();
            assertThat(summary.get("done").getAsInt()).isEqualTo(rest.size()).isLessThan(50);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void traceHasAHeaderAndOneRowPerEpochEndingAtTheFinalParameters() throws IOException {
        Path csv = dir.resolve("trace.csv");
        int epochs = 300;
        Trained traced = Trained.parse(ok("train", "xor", "--epochs", "" + epochs, "--trace", csv.toString()).out());
        Trained plain = Trained.parse(ok("train", "xor", "--epochs", "" + epochs).out());
        assertThat(traced).isEqualTo(plain);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("epoch,loss,w[0][0][0],w[0][0][1],w[0][1][0],w[0][1][1],w[1][0][0],"
                + "w[1][0][1],b[0][0],b[0][1],b[1][0]");
        assertThat(lines).hasSize(epochs + 1);

        TrainingSession session = new TrainingSession(BuiltInScenarios.get("xor"));
        session.run(epochs);
        for (int e = 1; e <= epochs; e++) {
            String[] row = lines.get(e).split(",");
            assertThat(row).hasSize(11);
            assertThat(Integer.parseInt(row[0])).isEqualTo(e);
            assertThat(Double.parseDouble(row[1])).isEqualTo(session.lossHistory().get(e - 1));
        }
        String[] last = lines.get(epochs).split(",");
        double[][][] w = plain.parameters().weights();
        double[][] b = plain.parameters().biases();
        double[] expected = {w[0][0][0], w[0][0][1], w[0][1][0], w[0][1][1], w[1][0][0], w[1][0][1],
                b[0][0], b[0][1], b[1][0]};
        double[] actual = Stream.of(last).skip(2).mapToDouble(Double::parseDouble).toArray();
        assertThat(actual).containsExactly(expected);
    }

    @Test
    void trainsAScenarioFile() throws IOException {
        Scenario scenario = BuiltInScenarios.get("xor").toBuilder().learningRate(0.7).build();
        Path file = dir.resolve("my xor.json");
        Files.writeString(file, ScenarioFiles.toJson(scenario));

        Trained t = Trained.parse(ok("train", file.toString(), "--epochs", "1000").out());

        TrainingSession session = new TrainingSession(scenario);
        session.run(1000);
        assertThat(t.parameters()).isEqualTo(session.parameters());
        assertThat(t.loss()).isEqualTo(session.datasetLoss());
    }

    @Test
    void helpGoesToStdoutWithStatus0() {
        assertThat(ok("--help").out()).contains("Usage: glassbox", "list", "show", "train");
        assertThat(ok("train", "-h").out()).contains("Usage: glassbox train", "--epochs=N", "--trace=FILE.csv");
    }

    // ------------------------------------------------------------------ bad input

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of("unknown command 'fly'", new String[] {"fly"}),
                Arguments.of("Unknown option: '-x'", new String[] {"-x"}),
                Arguments.of("Missing required subcommand", new String[] {"--"}),
                Arguments.of("unexpected argument 'extra'", new String[] {"list", "extra"}),
                Arguments.of("'ID'", new String[] {"show"}),
                Arguments.of("'nope' is not a built-in scenario", new String[] {"show", "nope"}),
                Arguments.of("unexpected argument 'or'", new String[] {"show", "and", "or"}),
                Arguments.of("'SCENARIO'", new String[] {"train"}),
                Arguments.of("'--epochs=N'", new String[] {"train", "xor"}),
                Arguments.of("'nope' is not a built-in scenario (and, or, xor", new String[] {"train", "nope", "--epochs", "5"}),
                Arguments.of("--epochs must be a whole number from 1 to 2147483646, got '0'",
                        new String[] {"train", "xor", "--epochs", "0"}),
                Arguments.of("got '-5'", new String[] {"train", "xor", "--epochs", "-5"}),
                Arguments.of("got '1.5'", new String[] {"train", "xor", "--epochs", "1.5"}),
                Arguments.of("got 'many'", new String[] {"train", "xor", "--epochs", "many"}),
                Arguments.of("got '2147483647'", new String[] {"train", "xor", "--epochs", "2147483647"}),
                Arguments.of("got '99999999999999999999'", new String[] {"train", "xor", "--epochs", "99999999999999999999"}),
                Arguments.of("should be specified only once", new String[] {"train", "xor", "--epochs", "5", "--epochs", "6"}),
                Arguments.of("'--trace'", new String[] {"train", "xor", "--epochs", "5", "--trace"}),
                Arguments.of("unexpected argument 'and'", new String[] {"train", "xor", "and", "--epochs", "5"}),
                Arguments.of("not a valid scenario path", new String[] {"train", "x\0y", "--epochs", "5"}),
                Arguments.of("--seed takes a whole number from -2^53 to 2^53, got '1.5'",
                        new String[] {"train", "xor", "--epochs", "5", "--seed", "1.5"}),
                Arguments.of("--init takes xavier, he, uniform or zeros, got 'glorot'",
                        new String[] {"train", "xor", "--epochs", "5", "--init", "glorot"}),
                Arguments.of("--learning-rate takes a finite number, got 'fast'",
                        new String[] {"train", "xor", "--epochs", "5", "--learning-rate", "fast"}),
                Arguments.of("the settings break a rule of the scenario: learningRate: must be a finite number above 0",
                        new String[] {"train", "xor", "--epochs", "5", "--learning-rate", "-1"}),
                Arguments.of("--optimizer takes sgd, momentum:μ, adam or adam:β1:β2:ε, got 'momentum'",
                        new String[] {"train", "xor", "--epochs", "5", "--optimizer", "momentum"}),
                Arguments.of("optimizer.momentum: must be a number from 0 to below 1, got 1.5",
                        new String[] {"train", "xor", "--epochs", "5", "--optimizer", "momentum:1.5"}),
                Arguments.of("'--seeds=A..B'", new String[] {"sweep", "xor", "--epochs", "5"}),
                Arguments.of("--seeds takes A..B with A at most B, got '5..1'",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "5..1"}),
                Arguments.of("--seeds takes a whole number from -2^53 to 2^53, got 'a'",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "a..b"}),
                Arguments.of("a sweep has at most 1000000 runs, got 2000000 seeds",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "1..2000000"}),
                Arguments.of("a sweep has at most 1000000 runs, got 1500000",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "1..500000", "--optimizers", "sgd,adam,sgd"}),
                Arguments.of("--learning-rates takes a comma-separated list without empty entries, got '0.5,,2'",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "1..2", "--learning-rates", "0.5,,2"}),
                Arguments.of("xor with these settings: learningRate: must be a finite number above 0, got 0.0",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "1..2", "--learning-rates", "1,0"}),
                Arguments.of("--optimizers takes sgd, momentum:μ, adam or adam:β1:β2:ε, got 'rmsprop'",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "1", "--optimizers", "sgd,rmsprop"}),
                Arguments.of("--threads takes a whole number from 1 to 1024, got '0'",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "1", "--threads", "0"}),
                Arguments.of("--threshold takes a finite number, got 'NaN'",
                        new String[] {"sweep", "xor", "--epochs", "5", "--seeds", "1", "--threshold", "NaN"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void badArgumentsGiveStatus2AndOneLine(String problem, String[] args) {
        assertBadInput(problem, args);
    }

    @Test
    void malformedScenarioFilesNameTheFieldAndTheProblem() throws IOException {
        Path badRate = dir.resolve("rate.json");
        Files.writeString(badRate, BuiltInScenarios.json("xor").replace("\"learningRate\": 2.0", "\"learningRate\": -1"));
        assertBadInput("rate.json: learningRate: must be a finite number above 0, got -1.0",
                "train", badRate.toString(), "--epochs", "5");

        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, BuiltInScenarios.json("xor").substring(0, 100));
        assertBadInput("truncated.json: not valid JSON", "train", truncated.toString(), "--epochs", "5");

        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertBadInput("binary.json: the file is not UTF-8 text", "train", binary.toString(), "--epochs", "5");

        assertBadInput("cannot read " + dir + ": Is a directory", "train", dir.toString(), "--epochs", "5");
    }

    @Test
    void unwritableTraceFileIsBadInputAndTrainsNothing() throws IOException {
        assertBadInput("cannot write trace file", "train", "xor", "--epochs", "5",
                "--trace", dir.resolve("missing/trace.csv").toString());
        assertBadInput("cannot write trace file " + dir + ": Is a directory",
                "train", "xor", "--epochs", "5", "--trace", dir.toString());
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertBadInput("Not a directory", "train", "xor", "--epochs", "5",
                "--trace", file.resolve("trace.csv").toString());
    }

    @Test
    void aBadScenarioLeavesAnExistingTraceFileAlone() throws IOException {
        Path csv = Files.writeString(dir.resolve("keep.csv"), "precious\n");
        assertBadInput("'nope' is not a built-in scenario", "train", "nope", "--epochs", "5", "--trace", csv.toString());
        assertThat(csv).hasContent("precious");
    }

    @Test
    void aDivergingRunIsBadInputWithTheDivergenceMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("blow-up.json"), DIVERGING);
        TrainingSession session = new TrainingSession(ScenarioFiles.parse(DIVERGING));
        session.run(100);
        String message = session.divergence().orElseThrow().message();

        assertBadInput(message, "train", file.toString(), "--epochs", "100");

        Path csv = dir.resolve("blow-up.csv");
        assertBadInput(message, "train", file.toString(), "--epochs", "100", "--trace", csv.toString());
        assertThat(csv).as("a failed run writes no trace").doesNotExist();
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    // ------------------------------------------------------------------ divergence and warnings

    @Test
    void theDivergenceSaysWhatToChangeInTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("blow-up.json"), DIVERGING);
        Result r = run("train", file.toString(), "--epochs", "100");
        TrainingSession session = new TrainingSession(ScenarioFiles.parse(DIVERGING));
        session.run(100);
        assertThat(r.err()).endsWith("; the network is kept as it was after epoch " + session.epoch() + ". Lower \"learningRate\" in "
                + file + " and train it again.\n").doesNotContain("Reset");
    }

    /** xor at η = 1000 saturates at epoch 2 and then stays at loss 0.25: both are told, the result is printed. */
    @Test
    void warningsGoToStderrAndTheResultIsPrintedAllTheSame() throws IOException {
        Scenario scenario = BuiltInScenarios.get("xor").toBuilder().learningRate(1000).build();
        Path file = Files.writeString(dir.resolve("hot.json"), ScenarioFiles.toJson(scenario));
        Result r = run("train", file.toString(), "--epochs", "20000");

        assertThat(r.status()).isZero();
        TrainingSession session = new TrainingSession(scenario);
        session.run(20_000);
        assertThat(Trained.parse(r.out()).parameters()).isEqualTo(session.parameters());
        String advice = " Lower \"learningRate\" in " + file + " and train it again.";
        assertThat(r.err().lines()).containsExactly(
                "glassbox: warning: " + session.warnings().get(0).message() + advice,
                "glassbox: warning: " + session.warnings().get(1).message() + advice);
        assertThat(r.err()).contains("saturated at epoch 2 ", "stalled at epoch 10002 ");
    }

    // ------------------------------------------------------------------ what reaches the terminal

    @Test
    void controlCharactersFromAFileAreEscaped() throws IOException {
        Path key = dir.resolve("key.json");
        Files.writeString(key, BuiltInScenarios.json("xor").replace("\"update\"", "\"\\u001b[2J\\u001b]0;pwned\\u0007\""));
        Result r = run("train", key.toString(), "--epochs", "5");
        assertThat(r.err()).contains("\\u001B[2J\\u001B]0;pwned\\u0007");
        assertPrintable(r.err());

        Path value = dir.resolve("value.json");
        Files.writeString(value, BuiltInScenarios.json("xor").replace("\"batch\"", "\"\\u001bc\\u202e\""));
        r = run("train", value.toString(), "--epochs", "5");
        assertThat(r.err()).contains("\\u001Bc\\u202E");
        assertPrintable(r.err());
    }

    @Test
    void controlCharactersInArgumentsAndFileNamesAreEscaped() throws IOException {
        assertThat(run("show", "\u001b[2Jx").err()).isEqualTo("glassbox: '\\u001B[2Jx' is not a built-in scenario ("
                + String.join(", ", BuiltInScenarios.ids()) + ")\n");
        assertPrintable(run("--\u001b[31m").err());
        assertPrintable(run("train", "xor", "--epochs", "\u009b2J").err());

        Path file = Files.writeString(dir.resolve("bad\u001b]0;title\u0007.json"), "{");
        Result r = run("train", file.toString(), "--epochs", "5");
        assertThat(r.err()).contains("bad\\u001B]0;title\\u0007.json: the JSON ends too early");
        assertPrintable(r.err());
    }

    /** One line, and no character below U+0020 but its newline, nor DEL, C1 or a format character. */
    private static void assertPrintable(String err) {
        assertThat(err.lines()).hasSize(1);
        assertThat(err.substring(0, err.length() - 1).codePoints())
                .noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
        assertThat(err).endsWith("\n");
    }

    @Test
    void printableEscapesEveryControlAndFormatCharacterAndKeepsTheRest() {
        assertThat(Cli.printable("a\u001b[0m\tb\u007f\u0085\u200f\u2028é→\uD83D\uDE00\uDB40\uDC01"))
                .isEqualTo("a\\u001B[0m\\u0009b\\u007F\\u0085\\u200F\\u2028é→\uD83D\uDE00\\uDB40\\uDC01");
    }

    // ------------------------------------------------------------------ output that cannot be written

    /** Fails every write, as standard output does when redirected to /dev/full. */
    private static final class FullDisk extends java.io.OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @ParameterizedTest
    @MethodSource("writingCommands")
    void aFailedWriteToStdoutIsAnErrorWithOneLine(String[] args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new FullDisk(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Cli.OUTPUT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("glassbox: cannot write to standard output: No space left on device\n");
    }

    static Stream<Arguments> writingCommands() {
        return Stream.of(Arguments.of((Object) new String[] {"train", "xor", "--epochs", "10"}),
                Arguments.of((Object) new String[] {"list"}),
                Arguments.of((Object) new String[] {"show", "xor"}),
                Arguments.of((Object) new String[] {"--help"}),
                Arguments.of((Object) new String[] {"--version"}));
    }

    @Test
    void aPrintStreamThatFailedIsNoticedToo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream full = new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8);
        assertThat(Cli.run(new String[] {"list"}, full, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(Cli.OUTPUT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("glassbox: cannot write to standard output");
    }

    // ------------------------------------------------------------------ the trace file

    @Test
    void aFailedRunLeavesTheTraceFileTheUserHadAndNoPartialFile() throws IOException {
        Path csv = Files.writeString(dir.resolve("keep.csv"), "precious\n");
        Path blowUp = Files.writeString(dir.resolve("blow-up.json"), DIVERGING);
        assertBadInput("Training diverged", "train", blowUp.toString(), "--epochs", "100", "--trace", csv.toString());
        assertThat(csv).hasContent("precious");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("keep.csv", "blow-up.json");
        }
    }

    @Test
    void aSuccessfulRunReplacesTheTraceFileInOneStep() throws IOException {
        Path csv = Files.writeString(dir.resolve("old.csv"), "precious\n");
        ok("train", "and", "--epochs", "3", "--trace", csv.toString());
        assertThat(Files.readAllLines(csv)).hasSize(4).first(STRING).startsWith("epoch,loss,");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(csv);
        }
    }

    // ------------------------------------------------------------------ version

    @Test
    void versionIsTheProjectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(ok("--version").out()).isEqualTo("glassbox " + m.group(1) + "\n");
        assertThat(ok("-V").out()).isEqualTo("glassbox " + m.group(1) + "\n");
        assertThat(ok("--help").out()).contains("--version");
    }
}
