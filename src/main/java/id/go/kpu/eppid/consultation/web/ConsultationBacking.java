package id.go.kpu.eppid.consultation.web;

import id.go.kpu.eppid.consultation.application.Consultations;
import id.go.kpu.eppid.consultation.application.ScheduleCommand;
import id.go.kpu.eppid.consultation.domain.ConsultationRules;
import id.go.kpu.eppid.consultation.domain.ConsultationSession;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.request.web.RequestPageSteps;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs the "Konsultasi" panel of a consultation request's staff page (CON-3, CON-4): the schedule form for those
 * who arrange sessions, the request's sessions with the delegation and result steps, each offered only to whom the
 * {@link Consultations} service allows it. What the page offers is fixed when the view is built; a step from a page
 * that has gone stale is refused by the service with the reason. After a step the page reloads.
 */
@Named
@ViewScoped
public class ConsultationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "con:";
    /** The panel's own messages go to its form (not global), so the page's other panels do not repeat them. */
    private static final String PANEL = "con";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    @Inject
    private transient Consultations consultations;
    @Inject
    private transient RequestRecords records;
    @Inject
    private transient StaffDirectory staff;
    @Inject
    private transient CurrentStaff currentStaff;

    /** One session as the panel shows it, with the steps the signed-in user may take on it. */
    public record SessionRow(ConsultationSession session, String when, boolean mayCancel,
            boolean mayRequestDelegation, boolean mayDecideDelegation, boolean mayRecordResult) implements Serializable {

        public boolean isActionable() {
            return mayCancel || mayRequestDelegation || mayDecideDelegation || mayRecordResult;
        }
    }

    private Long requestId;
    private boolean consultation;
    private boolean maySchedule;
    private List<SessionRow> sessions = List.of();
    private List<StaffAccount> officials = List.of();
    private List<StaffAccount> companionChoices = List.of();
    private List<StaffAccount> delegates = List.of();

    private Long officialId;
    private LocalDate date;
    private String startTime;
    private String endTime;
    private String place;
    private String onlineLink;
    private List<Long> companionIds = new ArrayList<>();

    private final Map<Long, Long> delegateOf = new HashMap<>();
    private final Map<Long, String> delegationReasonOf = new HashMap<>();
    private final Map<Long, String> decisionNoteOf = new HashMap<>();
    private final Map<Long, String> resultOf = new HashMap<>();
    private final Map<Long, String> cancelReasonOf = new HashMap<>();

    /** Binds to the request the page shows ({@code ?id=}); loads its sessions and the office's officials once. */
    @PostConstruct
    void init() {
        requestId = Faces.longParam("id");
        ServiceRequest r = requestId == null ? null : records.find(requestId, me()).orElse(null);
        consultation = r != null && r.getKind() == RequestKind.CONSULTATION;
        if (!consultation) {
            return;
        }
        StaffAccount me = me();
        maySchedule = consultations.maySchedule(me, r);
        ZoneId zone = r.getOffice().getZone();
        Locale locale = Faces.messages().locale();
        sessions = consultations.sessions(r).stream().map(s -> new SessionRow(s, when(s, zone, locale),
                consultations.mayCancel(me, s), consultations.mayRequestDelegation(me, s),
                consultations.mayDecideDelegation(me, s), consultations.mayRecordResult(me, s))).toList();
        long office = currentStaff.officeId();
        if (maySchedule) {
            officials = staff.withAnyRole(office, ConsultationRules.CONSULTED);
            companionChoices = staff.withAnyRole(office, ConsultationRules.COMPANIONS);
        }
        if (sessions.stream().anyMatch(SessionRow::mayRequestDelegation)) {
            delegates = staff.withAnyRole(office, ConsultationRules.DELEGATES);
        }
    }

    /** "Kamis, 19 November 2026 pukul 10.00 WITA – 11.00 WITA" in the user's language. */
    static String when(ConsultationSession s, ZoneId zone, Locale locale) {
        return OfficeDateFormat.dateTime(s.getStartsAt().atZone(zone), locale) + " – "
                + OfficeDateFormat.time(s.getEndsAt().atZone(zone), locale);
    }

    private StaffAccount me() {
        return currentStaff.get();
    }

    public String schedule() {
        LocalTime start = time("startTime", startTime);
        LocalTime end = time("endTime", endTime);
        if (start == INVALID || end == INVALID) {
            return null;
        }
        return act(() -> consultations.schedule(me(), requestId, new ScheduleCommand(officialId, date, start, end,
                place, onlineLink, companionIds)), FORM, "consultation.scheduled");
    }

    public String cancel(long sessionId) {
        return act(() -> consultations.cancel(me(), sessionId, cancelReasonOf.get(sessionId)), rowPrefix(sessionId),
                "consultation.cancelled");
    }

    public String requestDelegation(long sessionId) {
        return act(() -> consultations.requestDelegation(me(), sessionId, delegateOf.get(sessionId),
                delegationReasonOf.get(sessionId)), rowPrefix(sessionId), "consultation.delegation.requested");
    }

    public String approve(long sessionId) {
        return act(() -> consultations.decideDelegation(me(), sessionId, true, decisionNoteOf.get(sessionId)),
                rowPrefix(sessionId), "consultation.delegation.approved");
    }

    public String refuse(long sessionId) {
        return act(() -> consultations.decideDelegation(me(), sessionId, false, decisionNoteOf.get(sessionId)),
                rowPrefix(sessionId), "consultation.delegation.refused");
    }

    public String recordResult(long sessionId) {
        return act(() -> consultations.recordResult(me(), sessionId, resultOf.get(sessionId)), rowPrefix(sessionId),
                "consultation.result.recorded");
    }

    /** Client-id prefix of a session's row in the {@code sessions} repeat, for messages next to its fields. */
    private String rowPrefix(long sessionId) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).session().getId() == sessionId) {
                return FORM + "sessions:" + i + ":";
            }
        }
        return FORM;
    }

    private static final LocalTime INVALID = LocalTime.MIN.plusNanos(1);

    /** A typed time ("10:00"); null when blank (the service says it is required); INVALID with a message. */
    private LocalTime time(String field, String typed) {
        if (typed == null || typed.isBlank() || typed.strip().equals("__:__")) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip(), TIME);
        } catch (DateTimeParseException e) {
            Faces.error(FORM + field, "consultation.time.invalid");
            return INVALID;
        }
    }

    private String act(Runnable step, String prefix, String doneKey) {
        return RequestPageSteps.run(step, doneKey, prefix, requestId, PANEL);
    }

    /** Whether the page shows a consultation request (the panel is for those only). */
    public boolean isConsultation() {
        return consultation;
    }

    public boolean isMaySchedule() {
        return maySchedule;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public List<StaffAccount> getOfficials() {
        return officials;
    }

    public List<StaffAccount> getCompanionChoices() {
        return companionChoices;
    }

    /** Structural officials a session may be delegated to (the session's own official is refused by the service). */
    public List<StaffAccount> getDelegates() {
        return delegates;
    }

    public Long getOfficialId() {
        return officialId;
    }

    public void setOfficialId(Long officialId) {
        this.officialId = officialId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public List<Long> getCompanionIds() {
        return companionIds;
    }

    public void setCompanionIds(List<Long> companionIds) {
        this.companionIds = companionIds == null ? new ArrayList<>() : new ArrayList<>(companionIds);
    }

    public Map<Long, Long> getDelegateOf() {
        return delegateOf;
    }

    public Map<Long, String> getDelegationReasonOf() {
        return delegationReasonOf;
    }

    public Map<Long, String> getDecisionNoteOf() {
        return decisionNoteOf;
    }

    public Map<Long, String> getResultOf() {
        return resultOf;
    }

    public Map<Long, String> getCancelReasonOf() {
        return cancelReasonOf;
    }
}
