package id.go.kpu.eppid.demo;

import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.objection.domain.DisputeOutcome;
import id.go.kpu.eppid.objection.domain.ObjectionDecision;
import id.go.kpu.eppid.processing.domain.DecisionOutcome;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.shared.persistence.InstantConverter;
import id.go.kpu.eppid.survey.domain.SatisfactionIndex;
import id.go.kpu.eppid.survey.domain.SurveyElement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Builds a year of information requests for one office, repeatably (the same seed gives the same year): received on
 * working days across the year through every channel; most decided (granted, partly, refused with Pasal 17
 * categories, not held) after a number of working days — some extended, some late — a few withdrawn or still open;
 * objections against some refusals, answered or pending, some taken to the Information Commission; satisfaction
 * surveys answered after some decisions. It writes through plain JDBC in batches (usable from a test, a benchmark
 * or the demo) and returns its own counts, which the annual report must reproduce (LAW-4, REQ-10).
 *
 * <p>Due dates and working days follow the office's calendar as the database holds it (Monday–Friday and the days
 * off of {@code calendar_day_off}), so the report computes the same days. Applicants are made up ("Pemohon Uji").
 */
public final class YearOfRequests {

    private static final String[] CATEGORIES = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
    private static final Channel[] CHANNELS = Channel.values();
    private static final java.security.SecureRandom TOKENS = new java.security.SecureRandom();

    /** What was built, counted as the report should count it. */
    public record Counts(int received, int[] byMonth, Map<Channel, Integer> byChannel,
            Map<DecisionOutcome, Integer> outcomes, Map<String, Integer> refusedByCategory, int open, int withdrawn,
            int extensions, int onTime, List<Integer> workingDays, int objections,
            Map<ObjectionDecision, Integer> objectionAnswers, int objectionsPending, int disputes,
            SatisfactionIndex ikm) {
    }

    private final Connection db;
    private final long officeId;
    private final String officeCode;
    private final ZoneId zone;
    private final int year;
    private final Random random;

    private YearOfRequests(Connection db, long officeId, int year, long seed) throws SQLException {
        this.db = db;
        this.officeId = officeId;
        this.year = year;
        this.random = new Random(seed);
        try (PreparedStatement s = db.prepareStatement("SELECT code, time_zone FROM office WHERE id = ?")) {
            s.setLong(1, officeId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("no office " + officeId);
                }
                this.officeCode = r.getString(1);
                this.zone = ZoneId.of(r.getString(2));
            }
        }
    }

    /**
     * Builds {@code count} requests of {@code year} for the office, from {@code seed}, in one transaction of the
     * given connection (committed here).
     */
    public static Counts build(Connection db, long officeId, int year, int count, long seed) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            Counts counts = new YearOfRequests(db, officeId, year, seed).build(count);
            db.commit();
            return counts;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private OfficeCalendar calendar() throws SQLException {
        Map<DayOfWeek, OfficeCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        try (PreparedStatement s = db.prepareStatement("SELECT weekday, opens_at, closes_at FROM service_hours "
                + "WHERE office_id = ? AND service = 'INFORMATION'")) {
            s.setLong(1, officeId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    week.put(DayOfWeek.of(r.getInt(1)), new OfficeCalendar.Hours(r.getObject(2, LocalTime.class),
                            r.getObject(3, LocalTime.class)));
                }
            }
        }
        Map<LocalDate, OfficeCalendar.Closure> off = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT day, kind, name FROM calendar_day_off "
                + "WHERE office_id IS NULL OR office_id = ? ORDER BY CASE WHEN office_id IS NULL THEN 0 ELSE 1 END")) {
            s.setLong(1, officeId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate day = r.getObject(1, LocalDate.class);
                    off.put(day, new OfficeCalendar.Closure(day, DayOffKind.valueOf(r.getString(2)), r.getString(3)));
                }
            }
        }
        return new OfficeCalendar(zone, week, off);
    }

    private int next(String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, officeId);
            s.setInt(2, year);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) + 1;
            }
        }
    }

    private Counts build(int count) throws SQLException {
        OfficeCalendar cal = calendar();
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                workingDays.add(d);
            }
        }
        int seq = next("SELECT COALESCE(MAX(reg_seq), 0) FROM service_request WHERE office_id = ? AND reg_year = ?");
        int objectionSeq = next("SELECT COALESCE(MAX(obj_seq), 0) FROM objection WHERE office_id = ? AND obj_year = ?");
        int[] byMonth = new int[12];
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        Map<DecisionOutcome, Integer> outcomes = new EnumMap<>(DecisionOutcome.class);
        Map<String, Integer> categories = new TreeMap<>();
        Map<ObjectionDecision, Integer> answers = new EnumMap<>(ObjectionDecision.class);
        List<Integer> days = new ArrayList<>();
        List<int[]> surveys = new ArrayList<>();
        int open = 0;
        int withdrawn = 0;
        int extensions = 0;
        int onTime = 0;
        int objections = 0;
        int pending = 0;
        int disputes = 0;
        Instant now = Instant.now();
        try (PreparedStatement applicant = db.prepareStatement("INSERT INTO applicant (applicant_type, name, id_type, "
                + "id_number, address, phone, email, created_at) VALUES ('INDIVIDUAL', ?, 'NIK', ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
                PreparedStatement request = db.prepareStatement("INSERT INTO service_request (office_id, kind, "
                        + "registration_number, reg_year, reg_seq, tracking_code_hash, submission_key, channel, status, "
                        + "applicant_id, subject, purpose, delivery_method, information_source, consent_at, received_at, "
                        + "due_at, search_text, extension_days) VALUES (?, 'INFORMATION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "'EMAIL', 'Situs web KPU', ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement analysis = db.prepareStatement("INSERT INTO request_analysis (request_id, "
                        + "information_held, outcome, decision_note, decided_by, decided_at, extension_reason, "
                        + "due_before_extension, extended_by, extended_at) VALUES (?, ?, ?, 'Data uji pembangun tahun', "
                        + "'pembangun-data', ?, ?, ?, ?, ?)");
                PreparedStatement item = db.prepareStatement("INSERT INTO requested_item (request_id, position, "
                        + "description, classification, category_code, classified_by, classified_at) "
                        + "VALUES (?, ?, ?, 'EXCEPTED', ?, 'pembangun-data', ?)");
                PreparedStatement objection = db.prepareStatement("INSERT INTO objection (office_id, request_id, number, "
                        + "obj_year, obj_seq, channel, grounds, statement, reason_kind, reason_at, window_closes_at, "
                        + "filed_at, filed_by, decision_due_at, decision, decision_reason, decided_by, decider_name, "
                        + "decided_at, dispute_filed_on, dispute_number, dispute_outcome, dispute_decided_on) "
                        + "VALUES (?, ?, ?, ?, ?, 'ONLINE', 'a', 'Keberatan uji pembangun tahun', 'NOTICE', ?, ?, ?, "
                        + "'pemohon', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement survey = db.prepareStatement("INSERT INTO survey_response (office_id, service, "
                        + "service_id, service_ref, token, created_at, answered_via, submitted_at) "
                        + "VALUES (?, 'REQUEST', ?, ?, ?, ?, 'LINK', ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement answer = db.prepareStatement("INSERT INTO survey_answer (response_id, element_code, "
                        + "element_name, score) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                LocalDate receivedDay = workingDays.get(random.nextInt(workingDays.size()));
                Instant received = receivedDay.atTime(8 + random.nextInt(7), random.nextInt(60)).atZone(zone)
                        .toInstant();
                Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
                int roll = random.nextInt(100);
                DecisionOutcome outcome = roll < 5 ? null : roll < 55 ? DecisionOutcome.GRANTED
                        : roll < 70 ? DecisionOutcome.PARTIALLY_GRANTED : roll < 85 ? DecisionOutcome.REFUSED
                        : roll < 95 ? DecisionOutcome.NOT_HELD : null;
                boolean isWithdrawn = roll < 5;
                boolean extended = outcome != null && random.nextInt(10) == 0;
                int taken = outcome == null ? 0 : extended ? 8 + random.nextInt(10)
                        : random.nextInt(12) == 0 ? 11 + random.nextInt(4) : random.nextInt(11);
                LocalDate dueDay = cal.plusWorkingDays(receivedDay, 10 + (extended ? 7 : 0));
                Instant due = dueDay.atTime(16, 0).atZone(zone).toInstant();
                LocalDate decidedDay = cal.plusWorkingDays(receivedDay, taken);
                Instant decided = decidedDay.atTime(10, 30).atZone(zone).toInstant();
                if (outcome != null && decided.isAfter(now)) {
                    outcome = null; // the year is not over: it is still open
                }
                String status = isWithdrawn ? "WITHDRAWN" : outcome == null ? "IN_ANALYSIS" : "DELIVERED";

                seq++;
                String number = "PI-" + officeCode + "-" + year + "-" + String.format("%06d", seq);
                applicant.setString(1, "Pemohon Uji " + seq);
                applicant.setString(2, String.format("53710%011d", seq));
                applicant.setString(3, "Jl. Uji No. " + seq);
                applicant.setString(4, "0812" + String.format("%08d", seq));
                applicant.setString(5, random.nextBoolean() ? "pemohon" + seq + "@example.org" : null);
                applicant.setObject(6, InstantConverter.utc(received));
                applicant.executeUpdate();
                long applicantId = key(applicant);
                request.setLong(1, officeId);
                request.setString(2, number);
                request.setInt(3, year);
                request.setInt(4, seq);
                request.setString(5, String.format("%064x", random.nextLong() & Long.MAX_VALUE));
                request.setString(6, "tahun-" + officeId + "-" + year + "-" + seq);
                request.setString(7, channel.name());
                request.setString(8, status);
                request.setLong(9, applicantId);
                request.setString(10, "Data uji " + seq + ": rekapitulasi hasil pemilihan");
                request.setString(11, "Penelitian");
                request.setObject(12, InstantConverter.utc(received));
                request.setObject(13, InstantConverter.utc(received));
                request.setObject(14, InstantConverter.utc(due));
                request.setString(15, (number + " pemohon uji " + seq).toLowerCase());
                request.setInt(16, extended ? 7 : 0);
                request.executeUpdate();
                long requestId = key(request);

                byMonth[receivedDay.getMonthValue() - 1]++;
                byChannel.merge(channel, 1, Integer::sum);
                if (isWithdrawn) {
                    withdrawn++;
                    continue;
                }
                if (outcome == null) {
                    open++;
                    continue;
                }
                outcomes.merge(outcome, 1, Integer::sum);
                days.add(taken);
                if (!decidedDay.isAfter(dueDay)) {
                    onTime++;
                }
                if (extended) {
                    extensions++;
                }
                analysis.setLong(1, requestId);
                analysis.setBoolean(2, outcome != DecisionOutcome.NOT_HELD);
                analysis.setString(3, outcome.name());
                analysis.setObject(4, InstantConverter.utc(decided));
                analysis.setString(5, extended ? "Data dihimpun dari beberapa divisi (uji)" : null);
                analysis.setObject(6, extended ? InstantConverter.utc(cal.plusWorkingDays(receivedDay, 10).atTime(16, 0)
                        .atZone(zone).toInstant()) : null);
                analysis.setString(7, extended ? "pembangun-data" : null);
                analysis.setObject(8, extended ? InstantConverter.utc(received.plusSeconds(86_400)) : null);
                analysis.executeUpdate();
                if (outcome == DecisionOutcome.REFUSED || outcome == DecisionOutcome.PARTIALLY_GRANTED) {
                    int n = 1 + random.nextInt(2);
                    List<String> chosen = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        String c = CATEGORIES[random.nextInt(CATEGORIES.length)];
                        item.setLong(1, requestId);
                        item.setInt(2, k + 1);
                        item.setString(3, "Bagian yang dikecualikan " + (k + 1));
                        item.setString(4, c);
                        item.setObject(5, InstantConverter.utc(decided));
                        item.executeUpdate();
                        if (!chosen.contains(c)) {
                            chosen.add(c);
                        }
                    }
                    chosen.forEach(c -> categories.merge(c, 1, Integer::sum));
                    if (random.nextInt(4) == 0) {
                        LocalDate filedDay = cal.plusWorkingDays(decidedDay, 1 + random.nextInt(20));
                        Instant filed = filedDay.atTime(9, 0).atZone(zone).toInstant();
                        if (filedDay.getYear() == year && !filed.isAfter(now)) {
                            int d = random.nextInt(10);
                            ObjectionDecision decision = d < 6 ? ObjectionDecision.UPHELD
                                    : d < 9 ? ObjectionDecision.DISCLOSURE_ORDERED : null;
                            Instant answered = filedDay.plusDays(14).atTime(11, 0).atZone(zone).toInstant();
                            if (answered.isAfter(now)) {
                                decision = null;
                            }
                            boolean dispute = decision != null && random.nextInt(3) == 0;
                            objectionSeq++;
                            objection.setLong(1, officeId);
                            objection.setLong(2, requestId);
                            objection.setString(3, "KB-" + officeCode + "-" + year + "-"
                                    + String.format("%04d", objectionSeq));
                            objection.setInt(4, year);
                            objection.setInt(5, objectionSeq);
                            objection.setObject(6, InstantConverter.utc(decided));
                            objection.setObject(7, InstantConverter.utc(cal.plusWorkingDays(decidedDay, 30).atTime(16, 0).atZone(zone)
                                    .toInstant()));
                            objection.setObject(8, InstantConverter.utc(filed));
                            objection.setObject(9, InstantConverter.utc(cal.plusWorkingDays(filedDay, 30).atTime(16, 0).atZone(zone)
                                    .toInstant()));
                            objection.setString(10, decision == null ? null : decision.name());
                            objection.setString(11, decision == null ? null : "Pertimbangan uji");
                            objection.setString(12, decision == null ? null : "ketua." + officeCode);
                            objection.setString(13, decision == null ? null : "Ketua (uji)");
                            objection.setObject(14, decision == null ? null : InstantConverter.utc(answered));
                            LocalDate disputeDay = filedDay.plusDays(30);
                            objection.setObject(15, dispute ? disputeDay : null);
                            objection.setString(16, dispute ? "REG-PSI-" + objectionSeq : null);
                            objection.setString(17, dispute ? DisputeOutcome.PENDING.name() : null);
                            objection.setObject(18, null);
                            objection.executeUpdate();
                            objections++;
                            if (decision == null) {
                                pending++;
                            } else {
                                answers.merge(decision, 1, Integer::sum);
                            }
                            if (dispute) {
                                disputes++;
                            }
                        }
                    }
                }
                if (random.nextInt(10) < 4) {
                    Instant submitted = decided.plusSeconds(3_600 + random.nextInt(86_400));
                    if (!submitted.isAfter(now)) {
                        int[] scores = new int[SurveyElement.values().length];
                        for (int k = 0; k < scores.length; k++) {
                            int s = random.nextInt(10);
                            scores[k] = s < 1 ? 2 : s < 5 ? 3 : 4;
                        }
                        survey.setLong(1, officeId);
                        survey.setLong(2, requestId);
                        survey.setString(3, number);
                        survey.setString(4, token());
                        survey.setObject(5, InstantConverter.utc(decided));
                        survey.setObject(6, InstantConverter.utc(submitted));
                        survey.executeUpdate();
                        long responseId = key(survey);
                        for (SurveyElement e : SurveyElement.values()) {
                            answer.setLong(1, responseId);
                            answer.setString(2, e.code());
                            answer.setString(3, e.officialName());
                            answer.setInt(4, scores[e.ordinal()]);
                            answer.addBatch();
                        }
                        answer.executeBatch();
                        if (submitted.atZone(zone).getYear() == year) {
                            surveys.add(scores);
                        }
                    }
                }
            }
        }
        advance("REQUEST", seq);
        advance("OBJECTION", objectionSeq);
        return new Counts(count, byMonth, byChannel, outcomes, categories, open, withdrawn, extensions, onTime, days,
                objections, answers, pending, disputes, SatisfactionIndex.ofRows(surveys));
    }

    /** Keeps the office's counter of {@code series} past what was built, so later numbers do not collide. */
    private void advance(String series, int last) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO office_counter (office_id, series, period, "
                + "last_value) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE last_value = GREATEST(last_value, ?)")) {
            s.setLong(1, officeId);
            s.setString(2, series);
            s.setString(3, Integer.toString(year));
            s.setInt(4, last);
            s.setInt(5, last);
            s.executeUpdate();
        }
    }

    /** A survey token: random, not from the seed (a second build of the same seed must not collide). */
    private static String token() {
        byte[] bytes = new byte[32];
        TOKENS.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static long key(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
