package id.go.kpu.eppid.consultation.web;

import id.go.kpu.eppid.consultation.application.Consultations;
import id.go.kpu.eppid.consultation.domain.ConsultationSession;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Backs the office's consultation list {@code /staff/consultations.xhtml} (CON-4: consultations happen on their
 * scheduled slot): the sessions of the next {@link #WINDOW_DAYS} days, earliest first, and of the past
 * {@link #WINDOW_DAYS} days, latest first — cancelled and held ones included. Loaded once per view.
 */
@Named
@ViewScoped
public class ConsultationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How far ahead and back the list looks. */
    public static final int WINDOW_DAYS = 90;

    @Inject
    private transient Consultations consultations;
    @Inject
    private transient CurrentStaff currentStaff;

    /** A session as the list shows it: office-local day and time in the user's language. */
    public record Row(ConsultationSession session, String day, String time) implements Serializable {
    }

    private List<Row> upcoming = List.of();
    private List<Row> past = List.of();

    @PostConstruct
    void init() {
        long office = currentStaff.officeId();
        ZoneId zone = currentStaff.getOffice().getZone();
        Locale locale = Faces.messages().locale();
        Instant now = Instant.now();
        Duration window = Duration.ofDays(WINDOW_DAYS);
        upcoming = rows(consultations.upcoming(office, now, now.plus(window)), zone, locale);
        List<Row> earlier = new ArrayList<>(rows(consultations.upcoming(office, now.minus(window), now), zone, locale));
        Collections.reverse(earlier);
        past = earlier;
    }

    private static List<Row> rows(List<ConsultationSession> sessions, ZoneId zone, Locale locale) {
        return sessions.stream().map(s -> new Row(s, OfficeDateFormat.date(s.getStartsAt().atZone(zone), locale),
                OfficeDateFormat.time(s.getStartsAt().atZone(zone), locale).replaceAll(" \\S+$", "") + "–"
                        + OfficeDateFormat.time(s.getEndsAt().atZone(zone), locale))).toList();
    }

    public List<Row> getUpcoming() {
        return upcoming;
    }

    public List<Row> getPast() {
        return past;
    }

    public int getWindowDays() {
        return WINDOW_DAYS;
    }
}
