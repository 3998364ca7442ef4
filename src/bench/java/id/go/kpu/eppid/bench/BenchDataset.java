package id.go.kpu.eppid.bench;

import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RegistrationNumber;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Random;

/**
 * The benchmark's data set (issue 8): {@code total} requests across the demo offices (KPU RI the most, the provinces
 * and the districts fewer), received on working days from {@link #FIRST_YEAR} until now through every channel, each
 * with its applicant and its submission in the history. Requests received in the last month are spread over the open
 * states, older ones are mostly delivered or closed, a few withdrawn and a few still open (late). Repeatable: the same
 * seed gives the same rows (numbers continue each office's series, ids after the highest). Rows are written with
 * explicit ids in multi-row batches ({@code rewriteBatchedStatements}), about a minute per million on 2 cores.
 * Every row it writes carries the submission key prefix {@link #KEY_PREFIX}, so a second run only tops up.
 */
public final class BenchDataset {

    static final String KEY_PREFIX = "bench-";
    static final int FIRST_YEAR = 2021;
    private static final int BATCH = 2_000;
    private static final long SEED = 20_261_123L;

    /** Share of the requests per demo office code. */
    private static final Map<String, Integer> SHARES = new LinkedHashMap<>();

    static {
        SHARES.put("RI", 25);
        SHARES.put("53", 10);
        SHARES.put("52", 10);
        SHARES.put("18", 10);
        SHARES.put("33", 10);
        SHARES.put("5371", 15);
        SHARES.put("1811", 10);
        SHARES.put("3301", 10);
    }

    private static final Channel[] CHANNELS = {Channel.ONLINE, Channel.ONLINE, Channel.ONLINE, Channel.ONLINE,
        Channel.ONLINE, Channel.EMAIL, Channel.EMAIL, Channel.WHATSAPP, Channel.WHATSAPP, Channel.WALK_IN,
        Channel.LETTER, Channel.PHONE, Channel.SOCIAL_MEDIA};

    private BenchDataset() {
    }

    /** How many requests the builder wrote so far. */
    static long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT COUNT(*) FROM service_request WHERE submission_key LIKE '" + KEY_PREFIX + "%'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Deletes the requests earlier runs submitted (P1 and the soak: online, still received, not the builder's key), with
     * their rows in the tables that refer to a request, and their applicants; returns how many. Left in, they piled up
     * run after run (a quarter of a million open requests after one day's runs) and P3 recomputed them with the data
     * set's own.
     */
    static long deleteEarlierSubmissions(Connection db) throws SQLException {
        List<String[]> references = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT table_name, column_name FROM "
                + "information_schema.key_column_usage WHERE table_schema = DATABASE() "
                + "AND referenced_table_name = 'service_request'")) {
            while (r.next()) {
                references.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        long deleted = 0;
        while (true) {
            List<Long> requests = new ArrayList<>();
            List<Long> applicants = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, applicant_id FROM "
                    + "service_request WHERE channel = 'ONLINE' AND status = 'RECEIVED' AND submission_key NOT LIKE '"
                    + KEY_PREFIX + "%' LIMIT 5000")) {
                while (r.next()) {
                    requests.add(r.getLong(1));
                    applicants.add(r.getLong(2));
                }
            }
            if (requests.isEmpty()) {
                return deleted;
            }
            String ids = requests.stream().map(String::valueOf).collect(Collectors.joining(","));
            try (Statement s = db.createStatement()) {
                for (String[] reference : references) {
                    s.executeUpdate("DELETE FROM " + reference[0] + " WHERE " + reference[1] + " IN (" + ids + ")");
                }
                s.executeUpdate("DELETE FROM service_request WHERE id IN (" + ids + ")");
                s.executeUpdate("DELETE FROM applicant WHERE id IN ("
                        + applicants.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
            }
            deleted += requests.size();
        }
    }

    /** Tops the data set up to {@code total} requests; returns how many it wrote. */
    static long ensure(Connection db, long total) throws SQLException {
        long have = count(db);
        if (have >= total) {
            return 0;
        }
        long missing = total - have;
        Random random = new Random(SEED + have);
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long written = 0;
            int shares = SHARES.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> office : SHARES.entrySet()) {
                long n = office.getKey().equals("3301") ? missing - written : missing * office.getValue() / shares;
                written += build(db, office.getKey(), n, random);
            }
            remindedAlready(db);
            return written;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /**
     * The overdue open requests of the data set had their overdue reminder long ago: recorded as sent, so that the
     * portal's reminder job does not spend the first minutes of the benchmark sending tens of thousands of them.
     */
    private static void remindedAlready(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO deadline_reminder (request_id, kind, sent_at, recipients) "
                    + "SELECT id, 'D0', due_at, 0 FROM service_request WHERE status IN ('RECEIVED', 'DISPOSED', "
                    + "'IN_ANALYSIS', 'CONSULTING_DIVISION', 'EXTENDED') AND due_at < UTC_TIMESTAMP()");
        }
        db.commit();
    }

    private record Office(long id, String code, ZoneId zone) {
    }

    private static Office office(Connection db, String code) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT id, time_zone FROM office WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("demo office " + code + " missing: start the portal with demo data");
                }
                return new Office(r.getLong(1), code, ZoneId.of(r.getString(2)));
            }
        }
    }

    private static long next(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1) + 1;
        }
    }

    private static long build(Connection db, String code, long count, Random random) throws SQLException {
        Office office = office(db, code);
        Instant now = Instant.now();
        LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
        LocalDate today = LocalDate.ofInstant(now, office.zone());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        // received times, in order, so that numbers follow receipt within each year
        List<Instant> received = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            LocalDate day = days.get(random.nextInt(days.size()));
            Instant at = day.atTime(8 + random.nextInt(8), random.nextInt(60), random.nextInt(60)).atZone(office.zone())
                    .toInstant();
            received.add(at.isAfter(now) ? now.minusSeconds(60 + random.nextInt(3600)) : at);
        }
        received.sort(null);
        long applicantId = next(db, "SELECT COALESCE(MAX(id), 0) FROM applicant");
        long requestId = next(db, "SELECT COALESCE(MAX(id), 0) FROM service_request");
        long eventId = next(db, "SELECT COALESCE(MAX(id), 0) FROM request_event");
        Map<Integer, Integer> seq = new LinkedHashMap<>();
        try (PreparedStatement applicant = db.prepareStatement("INSERT INTO applicant (id, applicant_type, name, "
                + "id_type, id_number, address, phone, email, created_at) VALUES (?, 'INDIVIDUAL', ?, 'NIK', ?, ?, ?, ?, ?)");
                PreparedStatement request = db.prepareStatement("INSERT INTO service_request (id, office_id, kind, "
                        + "registration_number, reg_year, reg_seq, tracking_code_hash, submission_key, channel, status, "
                        + "applicant_id, subject, purpose, delivery_method, information_source, consent_at, "
                        + "received_at, due_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Penelitian', "
                        + "'EMAIL', 'Situs web KPU', ?, ?, ?, ?)");
                PreparedStatement event = db.prepareStatement("INSERT INTO request_event (id, request_id, "
                        + "occurred_at, actor, action, from_status, to_status, note) "
                        + "VALUES (?, ?, ?, 'pemohon', 'SUBMITTED', NULL, 'RECEIVED', NULL)")) {
            int inBatch = 0;
            for (Instant at : received) {
                int year = LocalDate.ofInstant(at, office.zone()).getYear();
                int s = seq.computeIfAbsent(year, y -> (int) lastNumber(db, office.id(), y)) + 1;
                seq.put(year, s);
                RequestKind kind = random.nextInt(12) == 0 ? RequestKind.CONSULTATION : RequestKind.INFORMATION;
                String number = new RegistrationNumber(kind, code, year, s).toString();
                LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
                LocalDateTime due = LocalDateTime.ofInstant(at.plus(14, ChronoUnit.DAYS), ZoneOffset.UTC)
                        .withHour(8).withMinute(0).withSecond(0);
                applicant.setLong(1, applicantId);
                applicant.setString(2, "Pemohon Tolok Ukur " + requestId);
                applicant.setString(3, String.format("99%014d", requestId));
                applicant.setString(4, "Jl. Uji No. " + (requestId % 1000));
                applicant.setString(5, String.format("0899%08d", requestId % 100_000_000));
                applicant.setString(6, random.nextBoolean() ? "pemohon" + requestId + "@example.org" : null);
                applicant.setObject(7, utc);
                applicant.addBatch();
                request.setLong(1, requestId);
                request.setLong(2, office.id());
                request.setString(3, kind.name());
                request.setString(4, number);
                request.setInt(5, year);
                request.setInt(6, s);
                request.setString(7, String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(),
                        random.nextLong(), random.nextLong()));
                request.setString(8, KEY_PREFIX + number);
                request.setString(9, CHANNELS[random.nextInt(CHANNELS.length)].name());
                request.setString(10, status(random, ChronoUnit.DAYS.between(at, now)).name());
                request.setLong(11, applicantId);
                request.setString(12, "Data tolok ukur " + requestId + ": rekapitulasi hasil pemilihan per TPS");
                request.setObject(13, utc);
                request.setObject(14, utc);
                request.setObject(15, due);
                request.setString(16, (number + " pemohon tolok ukur " + requestId).toLowerCase());
                request.addBatch();
                event.setLong(1, eventId++);
                event.setLong(2, requestId);
                event.setObject(3, utc);
                event.addBatch();
                applicantId++;
                requestId++;
                if (++inBatch == BATCH) {
                    flush(db, applicant, request, event);
                    inBatch = 0;
                }
            }
            flush(db, applicant, request, event);
        }
        for (Map.Entry<Integer, Integer> e : seq.entrySet()) {
            try (PreparedStatement s = db.prepareStatement("INSERT INTO office_counter (office_id, series, period, "
                    + "last_value) VALUES (?, 'REQUEST', ?, ?) ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, ?)")) {
                s.setLong(1, office.id());
                s.setString(2, Integer.toString(e.getKey()));
                s.setInt(3, e.getValue());
                s.setInt(4, e.getValue());
                s.executeUpdate();
            }
        }
        db.commit();
        return count;
    }

    private static void flush(Connection db, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        db.commit();
    }

    /** The last number given in the office's series of that year (the counter, or the rows if higher). */
    private static long lastNumber(Connection db, long officeId, int year) {
        try (PreparedStatement s = db.prepareStatement("SELECT GREATEST("
                + "COALESCE((SELECT last_value FROM office_counter WHERE office_id = ? AND series = 'REQUEST' "
                + "AND period = ?), 0), "
                + "COALESCE((SELECT MAX(reg_seq) FROM service_request WHERE office_id = ? AND reg_year = ?), 0))")) {
            s.setLong(1, officeId);
            s.setString(2, Integer.toString(year));
            s.setLong(3, officeId);
            s.setInt(4, year);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Recent requests are being worked on; older ones mostly done, a few withdrawn or still open (late). */
    private static RequestStatus status(Random random, long ageDays) {
        int roll = random.nextInt(100);
        if (ageDays <= 30) {
            return roll < 20 ? RequestStatus.RECEIVED : roll < 35 ? RequestStatus.DISPOSED
                    : roll < 60 ? RequestStatus.IN_ANALYSIS : roll < 65 ? RequestStatus.CONSULTING_DIVISION
                    : roll < 70 ? RequestStatus.EXTENDED : roll < 75 ? RequestStatus.INCOMPLETE
                    : roll < 85 ? RequestStatus.DECIDED : RequestStatus.DELIVERED;
        }
        return roll < 68 ? RequestStatus.DELIVERED : roll < 88 ? RequestStatus.CLOSED
                : roll < 94 ? RequestStatus.WITHDRAWN : roll < 96 ? RequestStatus.DECIDED
                : roll < 98 ? RequestStatus.IN_ANALYSIS : RequestStatus.EXTENDED;
    }
}
