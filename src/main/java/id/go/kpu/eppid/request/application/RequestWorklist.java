package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.shared.persistence.InstantConverter;
import id.go.kpu.eppid.shared.persistence.PortalDataSource;
import id.go.kpu.eppid.shared.persistence.TextSearch;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The officer worklist: one office's requests, filtered, sorted and paged in the database (indexes on office,
 * status and due/received date). The office always comes from the signed-in staff member.
 *
 * <p>Two plain SQL statements on one pooled connection, the count and the page, read into {@link WorklistRow}s: the
 * same two queries through JPQL built their SQL again at every call (a page's first row and size are part of it)
 * and took a connection each, which made a REST page more than twice the queries' own time (issue 8, P2).
 */
@ApplicationScoped
public class RequestWorklist {

    private static final String COLUMNS = "r.id, r.registration_number, r.kind, r.channel, r.status, a.name, "
            + "a.institution_name, SUBSTRING(r.subject, 1, " + WorklistRow.SUBJECT_PREVIEW + "), r.received_at, "
            + "r.due_at";

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource database;

    /** A page of rows and how many rows match in all. */
    public record Window(long total, List<WorklistRow> rows) {
    }

    /** One page and the number of matching rows, read on one connection. */
    public Window window(Office office, WorklistQuery q, int first, int size) {
        Filter f = filter(office, q);
        return read(c -> new Window(count(c, f), page(c, f, q, first, size)));
    }

    /** One page of rows. */
    public List<WorklistRow> page(Office office, WorklistQuery q, int first, int size) {
        return read(c -> page(c, filter(office, q), q, first, size));
    }

    /** How many rows match. */
    public long count(Office office, WorklistQuery q) {
        return read(c -> count(c, filter(office, q)));
    }

    private interface Reading<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T read(Reading<T> reading) {
        try (Connection c = database.getConnection()) {
            return reading.on(c);
        } catch (SQLException e) {
            throw new PersistenceException("Worklist not read", e);
        }
    }

    private static long count(Connection c, Filter f) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(r.id) FROM service_request r " + f.where())) {
            f.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<WorklistRow> page(Connection c, Filter f, WorklistQuery q, int first, int size)
            throws SQLException {
        String direction = q.ascending() ? " ASC" : " DESC";
        String order = (q.sort() == WorklistQuery.Sort.RECEIVED ? "r.received_at" : "r.due_at") + direction + ", r.id"
                + direction;
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM service_request r JOIN applicant a "
                + "ON a.id = r.applicant_id " + f.where() + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
            int next = f.bind(s);
            s.setInt(next, Math.max(1, Math.min(size, 100)));
            s.setInt(next + 1, Math.max(0, first));
            List<WorklistRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new WorklistRow(rs.getLong(1), rs.getString(2), RequestKind.valueOf(rs.getString(3)),
                            Channel.valueOf(rs.getString(4)), RequestStatus.valueOf(rs.getString(5)),
                            rs.getString(6), rs.getString(7), rs.getString(8),
                            InstantConverter.instant(rs.getObject(9)), // a LocalDateTime; not getObject(int, Class),
                            // which the pool's wrapper finds by reflection at every call
                            InstantConverter.instant(rs.getObject(10))));
                }
            }
            return rows;
        }
    }

    /** A WHERE clause and its parameters, in order. */
    private record Filter(String where, List<Object> parameters) {

        /** Sets the parameters; returns the index of the next one. */
        int bind(PreparedStatement s) throws SQLException {
            int i = 1;
            for (Object p : parameters) {
                s.setObject(i++, p);
            }
            return i;
        }
    }

    private static Filter filter(Office office, WorklistQuery q) {
        StringBuilder w = new StringBuilder("WHERE r.office_id = ?");
        List<Object> p = new ArrayList<>();
        p.add(office.getId());
        if (q.kind() != null) {
            w.append(" AND r.kind = ?");
            p.add(q.kind().name());
        }
        if (q.status() != null) {
            w.append(" AND r.status = ?");
            p.add(q.status().name());
        }
        if (q.channel() != null) {
            w.append(" AND r.channel = ?");
            p.add(q.channel().name());
        }
        if (q.from() != null) {
            w.append(" AND r.received_at >= ?");
            p.add(InstantConverter.utc(q.from().atStartOfDay(office.getZone()).toInstant()));
        }
        if (q.to() != null) {
            w.append(" AND r.received_at < ?");
            p.add(InstantConverter.utc(q.to().plusDays(1).atStartOfDay(office.getZone()).toInstant()));
        }
        for (String word : TextSearch.patterns(q.text())) {
            w.append(" AND r.search_text LIKE ?");
            p.add(word);
        }
        return new Filter(w.toString(), p);
    }
}
