package id.go.kpu.eppid.shared.upload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The database columns that name a kept file: by the schema's convention every {@code *stored_name} column, with its
 * {@code *sha256} twin where the table has one. The backup's restore check and the clean-up of files whose
 * transaction did not commit both ask the schema itself, so a feature that adds such a column is covered.
 *
 * @param table     the table
 * @param column    the column holding the stored name
 * @param sha256    the column with the file's checksum, if any
 */
public record FileColumns(String table, String column, Optional<String> sha256) {

    private static final String STORED_NAME = "stored_name";

    /** Every such column of the connection's database. */
    public static List<FileColumns> of(Connection c) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "%", "%")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString("TABLE_NAME"), k -> new ArrayList<>())
                        .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<FileColumns> found = new ArrayList<>();
        for (var table : columns.entrySet()) {
            for (String column : table.getValue()) {
                if (column.endsWith(STORED_NAME)) {
                    String sha = column.substring(0, column.length() - STORED_NAME.length()) + "sha256";
                    found.add(new FileColumns(table.getKey(), column,
                            table.getValue().contains(sha) ? Optional.of(sha) : Optional.empty()));
                }
            }
        }
        return found;
    }

    /**
     * The names under a month folder ({@code yyyy/MM/}) that some column of {@code columns} names: one query per
     * column, however many files the folder holds.
     */
    public static Set<String> namedUnder(Connection c, List<FileColumns> columns, String folder) throws SQLException {
        if (!FileStore.isMonthFolder(folder)) {
            throw new IllegalArgumentException("Not a month folder");
        }
        return select(c, columns, "like ?", List.of(folder + "%"));
    }

    /** Which of {@code names} some column of {@code columns} names. */
    public static Set<String> named(Connection c, List<FileColumns> columns, Collection<String> names)
            throws SQLException {
        if (names.isEmpty()) {
            return new HashSet<>();
        }
        return select(c, columns, "in (" + String.join(",", java.util.Collections.nCopies(names.size(), "?")) + ")",
                names);
    }

    /** The values of every column of {@code columns} that meet {@code condition} with {@code parameters}. */
    private static Set<String> select(Connection c, List<FileColumns> columns, String condition,
            Collection<String> parameters) throws SQLException {
        Set<String> named = new HashSet<>();
        for (FileColumns f : columns) {
            try (PreparedStatement s = c.prepareStatement("select " + f.column() + " from " + f.table() + " where "
                    + f.column() + " " + condition)) {
                int i = 1;
                for (String p : parameters) {
                    s.setString(i++, p);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        named.add(rs.getString(1));
                    }
                }
            }
        }
        return named;
    }
}
