package dev.glassbox.demo.cli;

import org.apache.commons.csv.CSVFormat;

/** The one CSV dialect Glassbox writes (sweeps, quiz answers): RFC 4180 with a line feed after each row. */
public final class CsvDialect {
    private CsvDialect() {
    }

    /** {@return the format: RFC 4180, rows ended by a line feed} */
    public static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    }
}
