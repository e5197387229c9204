package dev.glassbox.swing.internal.data;

import dev.glassbox.core.math.Architecture;
import dev.glassbox.core.math.Sample;
import dev.glassbox.core.scenario.Scenario;
import dev.glassbox.core.scenario.ScenarioException;
import dev.glassbox.swing.internal.edit.ParameterField;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Samples as rows of text, one sample a row, its inputs then its targets: CSV files (RFC 4180,
 * rows ended by a line feed) and the tab-separated rows Excel and LibreOffice put on the clipboard.
 *
 * <p>The header rule, the same for a file and a paste: the first row is a header when any of its
 * cells is not a number. Where every name of a header is {@code x…} or {@code y…} ({@code x1},
 * {@code X_2}, {@code y}), the {@code x} columns are the inputs and the {@code y} columns the targets,
 * in the order they stand; with other names, or with no header, the last columns are the targets,
 * as many as the network has outputs. Either way the inputs and targets must be as many as the
 * network's. Numbers are written with a decimal point: a decimal comma ({@code 0,5}, as a
 * spreadsheet set to a European locale writes it) is refused with a message saying so.
 *
 * <p>Rows are counted from 1 in the text as read, the header included, as a spreadsheet numbers
 * them; any problem names the row and the column and nothing is read.
 */
public final class SampleText {
    /** How sample files are written: RFC 4180, rows ended by a line feed. */
    private static final CSVFormat CSV_WRITTEN = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    /** How sample files are read: commas, quotes, blank lines skipped, spaces around a cell ignored. */
    private static final CSVFormat CSV_READ = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    /** What spreadsheets put on the clipboard: tab-separated rows (quoted where a cell holds a tab or a line). */
    private static final CSVFormat TABS = CSVFormat.TDF.builder().setRecordSeparator('\n').get();
    private static final Pattern COLUMN_NAME = Pattern.compile("([xXyY])_?\\d*");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");
    private static final Pattern SCENARIO_FIELD = Pattern.compile("samples\\[(\\d+)]\\.([xy])\\[(\\d+)]");

    private SampleText() {
    }

    /**
     * The name of a column, as the header, the table and the messages write it: {@code x1}, {@code x2},
     * … for the inputs, {@code y} for a single target or {@code y1}, {@code y2}, … for several.
     *
     * @param arch   the network
     * @param column from 0, the inputs first
     * @return the column's name
     */
    public static String columnName(Architecture arch, int column) {
        int inputs = arch.size(0);
        if (column < inputs) {
            return "x" + (column + 1);
        }
        return outputs(arch) == 1 ? "y" : "y" + (column - inputs + 1);
    }

    /**
     * The number of columns a sample has.
     *
     * @param arch the network
     * @return its inputs plus its outputs
     */
    public static int columns(Architecture arch) {
        return arch.size(0) + outputs(arch);
    }

    /**
     * Writes a CSV file's content: the header, then one row per sample, every value in full.
     *
     * @param out     where the text goes
     * @param arch    the network, for the header
     * @param samples the samples
     * @throws IOException if {@code out} fails
     */
    public static void writeCsv(Writer out, Architecture arch, List<Sample> samples) throws IOException {
        write(out, CSV_WRITTEN, arch, samples, true);
    }

    /**
     * Reads a CSV file's content.
     *
     * @param in   the text
     * @param arch the network the samples are for
     * @return the samples, one to {@link Scenario#MAX_SAMPLES}
     * @throws IOException              if {@code in} fails
     * @throws IllegalArgumentException naming the row and column of the first problem
     */
    public static List<Sample> readCsv(Reader in, Architecture arch) throws IOException {
        return read(in, CSV_READ, arch, ',');
    }

    /**
     * The tab-separated rows a spreadsheet would paste, without a header.
     *
     * @param arch    the network
     * @param samples the samples
     * @return the text, a line per sample
     */
    public static String tabs(Architecture arch, List<Sample> samples) {
        StringWriter out = new StringWriter();
        try {
            write(out, TABS, arch, samples, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads tab-separated rows as a spreadsheet copies them, with or without a header.
     *
     * @param text the clipboard's text
     * @param arch the network the samples are for
     * @return the samples, one to {@link Scenario#MAX_SAMPLES}
     * @throws IllegalArgumentException naming the row and column of the first problem
     */
    public static List<Sample> readTabs(String text, Architecture arch) {
        try {
            return read(new StringReader(text), TABS, arch, '\t');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A number as typed in a cell.
     *
     * @param text the cell's text
     * @return its value, finite
     * @throws IllegalArgumentException saying what is wrong: not a number, a decimal comma, not finite
     */
    public static double number(String text) {
        String t = text.strip();
        if (DECIMAL_COMMA.matcher(t).matches()) {
            throw new IllegalArgumentException("“" + t + "” has a decimal comma: write " + t.replace(',', '.'));
        }
        Double value = ParameterField.parse(t);
        if (value == null) {
            throw new IllegalArgumentException("“" + t + "” is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("“" + t + "” is not a finite number");
        }
        return value;
    }

    /**
     * A scenario's complaint about its samples in the words of the table: "sample 3, y: cross-entropy
     * needs targets in [0, 1], got 1.5" for {@code samples[2].y[0]}.
     *
     * @param e    the complaint
     * @param arch the network
     * @return its message with the sample and column named as the table shows them
     */
    public static String describe(ScenarioException e, Architecture arch) {
        Matcher m = SCENARIO_FIELD.matcher(e.getMessage());
        if (!m.lookingAt()) {
            // "samples: at most 10000 samples, got 10001" says "samples" twice
            return e.getMessage().replaceFirst("^samples: ", "");
        }
        int column = Integer.parseInt(m.group(3)) + (m.group(2).equals("y") ? arch.size(0) : 0);
        return "sample " + (Integer.parseInt(m.group(1)) + 1) + ", " + columnName(arch, column)
                + e.getMessage().substring(m.end()).replaceFirst("^:", ":");
    }

    /**
     * The number of targets a sample has.
     *
     * @param arch the network
     * @return the size of its output layer
     */
    public static int outputs(Architecture arch) {
        return arch.size(arch.depth());
    }

    private static void write(Writer out, CSVFormat format, Architecture arch, List<Sample> samples, boolean header)
            throws IOException {
        CSVPrinter printer = new CSVPrinter(out, format);
        if (header) {
            for (int c = 0; c < columns(arch); c++) {
                printer.print(columnName(arch, c));
            }
            printer.println();
        }
        for (Sample s : samples) {
            for (double v : s.x()) {
                printer.print(exact(v));
            }
            for (double v : s.y()) {
                printer.print(exact(v));
            }
            printer.println();
        }
        printer.flush();
    }

    /** Every digit of {@code v} (reading it back gives the same double), whole numbers without ".0". */
    static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static List<Sample> read(Reader in, CSVFormat format, Architecture arch, char delimiter)
            throws IOException {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            records = parser.getRecords();
        } catch (UncheckedIOException e) {
            // Commons CSV reports a malformed quote through an unchecked wrapper of an IOException.
            throw new IllegalArgumentException(e.getCause().getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no rows: the text is empty");
        }
        Columns columns = Columns.of(records.get(0), arch, delimiter);
        int first = columns.header ? 1 : 0;
        int count = records.size() - first;
        if (count == 0) {
            throw new IllegalArgumentException("only a header, no samples");
        }
        if (count > Scenario.MAX_SAMPLES) {
            throw new IllegalArgumentException("at most " + Scenario.MAX_SAMPLES + " samples, got " + count);
        }
        List<Sample> samples = new ArrayList<>(count);
        for (int r = first; r < records.size(); r++) {
            samples.add(columns.sample(records.get(r), r + 1));
        }
        return samples;
    }

    /** Which cell of a row is which input or target: from the header, or the last columns are targets. */
    private record Columns(boolean header, int[] inputs, int[] targets, List<String> names, char delimiter) {
        static Columns of(CSVRecord first, Architecture arch, char delimiter) {
            int in = arch.size(0);
            int out = outputs(arch);
            boolean header = first.stream().anyMatch(cell -> !isNumber(cell));
            int width = first.size();
            if (width == 1 && in + out > 1 && delimiter == ',' && first.get(0).indexOf(';') >= 0) {
                throw new IllegalArgumentException("row 1 separates its columns with semicolons (as a spreadsheet set to"
                        + " a European locale saves CSV): save the file with commas between columns and points in numbers");
            }
            List<Integer> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            boolean named = header;
            for (int c = 0; c < width && named; c++) {
                Matcher m = COLUMN_NAME.matcher(first.get(c).strip());
                if (!m.matches()) {
                    named = false;
                } else {
                    (m.group(1).equalsIgnoreCase("x") ? xs : ys).add(c);
                }
            }
            if (!named) {
                xs.clear();
                ys.clear();
                for (int c = 0; c < width; c++) {
                    (c < width - out ? xs : ys).add(c);
                }
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                names.add(header ? first.get(c).strip() : "column " + (c + 1));
            }
            if (xs.size() != in || ys.size() != out) {
                String says = named
                        ? "the header names " + plural(xs.size(), "input") + " (x…) and " + plural(ys.size(), "target") + " (y…)"
                        : "row 1 has " + plural(width, "column");
                throw new IllegalArgumentException("the network takes " + plural(in, "input") + " and gives "
                        + plural(out, "output") + " (" + String.join(", ", expected(arch)) + "), but " + says);
            }
            return new Columns(header, xs.stream().mapToInt(Integer::intValue).toArray(),
                    ys.stream().mapToInt(Integer::intValue).toArray(), names, delimiter);
        }

        Sample sample(CSVRecord record, int row) {
            if (record.size() != names.size()) {
                // An unquoted decimal comma splits a number in two cells of a CSV file.
                String hint = record.size() > names.size() && delimiter == ','
                        ? " (a decimal comma, as in 0,5, splits a number in two: write 0.5)" : "";
                throw new IllegalArgumentException("row " + row + " has " + plural(record.size(), "column") + ", not "
                        + names.size() + (header ? " as the header" : " as row 1") + hint);
            }
            return Sample.of(values(record, row, inputs), values(record, row, targets));
        }

        private double[] values(CSVRecord record, int row, int[] columns) {
            double[] v = new double[columns.length];
            for (int i = 0; i < columns.length; i++) {
                try {
                    v[i] = number(record.get(columns[i]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("row " + row + ", " + names.get(columns[i]) + ": " + e.getMessage(), e);
                }
            }
            return v;
        }

        private static boolean isNumber(String cell) {
            try {
                number(cell);
                return true;
            } catch (IllegalArgumentException e) {
                // a decimal comma counts as a number here, so that it is refused as one rather than read as a name
                return DECIMAL_COMMA.matcher(cell.strip()).matches();
            }
        }

        private static List<String> expected(Architecture arch) {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns(arch); c++) {
                names.add(columnName(arch, c));
            }
            return names;
        }

        private static String plural(int n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }
}
