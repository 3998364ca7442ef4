package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskTeams;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskDuty;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskIncident;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskNegligenceNote;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskPosition;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskTeamDecree;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskTeamMember;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Backs {@code /staff/helpdesk/team.xhtml} (HD-1, HD-2, HD-15): the team by decree, the duty roster of the coming
 * week with the daily coordinator, today's attendance (late and absent shown), the officer's own sign-in, technical
 * incidents and the supervisors' negligence notes. What each may change follows their helpdesk role.
 */
@Named
@ViewScoped
public class HelpdeskTeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "team:";
    private static final int WEEK = 7;

    /** The roster of one day. */
    public record RosterDay(LocalDate day, List<HelpdeskDuty> duties) implements Serializable {
    }

    @Inject
    private transient HelpdeskTeams teams;
    @Inject
    private transient CurrentStaff currentStaff;

    private HelpdeskTeamDecree decree;
    private List<HelpdeskTeamMember> members;
    private List<RosterDay> roster;
    private List<HelpdeskTeams.DutyAttendance> attendance;
    private HelpdeskDuty myDuty;
    private List<HelpdeskIncident> incidents;
    private List<HelpdeskNegligenceNote> notes;
    private LocalDate today;

    private String decreeNumber;
    private LocalDate decreeDate;
    private String decreeTitle;
    private String memberName;
    private String memberTitle;
    private HelpdeskPosition memberPosition;
    private String memberAccount;
    private LocalDate dutyDate;
    private Long dutyMember;
    private String dutyDesk = "Meja 3";
    private boolean dutyCoordinator;
    private String rotateDesk = "Meja 3";
    private String incidentText;
    private Long negligenceMember;
    private String negligenceNote;
    private String resolution;

    @PostConstruct
    void init() {
        StaffAccount me = currentStaff.get();
        long office = me.getOffice().getId();
        today = LocalDate.now(me.getOffice().getZone());
        decree = teams.decree(office).orElse(null);
        members = teams.members(office);
        Map<LocalDate, List<HelpdeskDuty>> byDay = new TreeMap<>();
        for (int i = 0; i < WEEK; i++) {
            byDay.put(today.plusDays(i), new ArrayList<>());
        }
        teams.roster(office, today, WEEK).forEach(d -> byDay.get(d.getDutyDate()).add(d));
        roster = byDay.entrySet().stream().map(e -> new RosterDay(e.getKey(), e.getValue())).toList();
        attendance = teams.attendance(me.getOffice(), today);
        myDuty = teams.todaysDuty(me).orElse(null);
        incidents = teams.incidents(office, 20);
        notes = teams.negligenceNotes(me);
        dutyDate = today;
    }

    private String step(Supplier<?> step, String doneKey) {
        return PageSteps.run(step, doneKey, FORM, null, "/staff/helpdesk/team?faces-redirect=true");
    }

    public String registerDecree() {
        return step(() -> teams.registerDecree(currentStaff.get(), decreeNumber, decreeDate, decreeTitle).getId(),
                "helpdesk.team.decree.done");
    }

    public String addMember() {
        return step(() -> teams.addMember(currentStaff.get(), memberName, memberTitle, memberPosition,
                memberAccount).getName(), "helpdesk.team.member.done");
    }

    public String removeMember(long memberId) {
        return step(() -> {
            teams.removeMember(currentStaff.get(), memberId);
            return null;
        }, "helpdesk.team.member.removed");
    }

    public String assign() {
        return step(() -> teams.assign(currentStaff.get(), dutyDate, dutyMember, dutyDesk, dutyCoordinator)
                .getMember().getName(), "helpdesk.roster.assigned");
    }

    public String unassign(long dutyId) {
        return step(() -> {
            teams.unassign(currentStaff.get(), dutyId);
            return null;
        }, "helpdesk.roster.removed");
    }

    public String rotate() {
        return step(() -> teams.rotate(currentStaff.get(), today, WEEK, rotateDesk), "helpdesk.roster.rotated");
    }

    public String signIn() {
        return step(() -> teams.signIn(currentStaff.get()).getMember().getName(), "helpdesk.attendance.signedIn");
    }

    public String reportIncident() {
        return step(() -> teams.reportIncident(currentStaff.get(), incidentText).getNotified(),
                "helpdesk.incident.reported");
    }

    public String resolve(long incidentId) {
        return step(() -> {
            teams.resolveIncident(currentStaff.get(), incidentId, resolution);
            return null;
        }, "helpdesk.incident.resolved");
    }

    public String noteNegligence() {
        return step(() -> teams.noteNegligence(currentStaff.get(), negligenceMember, negligenceNote).getMember()
                .getName(), "helpdesk.negligence.done");
    }

    public boolean isManager() {
        return currentStaff.hasAnyRole(Role.HELPDESK_MANAGERS);
    }

    public boolean isSupervisor() {
        return currentStaff.hasAnyRole(Role.HELPDESK_SUPERVISORS);
    }

    /** Resolves incidents: the supervisors and the daily coordinator. */
    public boolean isResolver() {
        return isSupervisor() || currentStaff.hasAnyRole(java.util.EnumSet.of(Role.HELPDESK_DAILY_COORDINATOR));
    }

    public boolean isTeam() {
        return currentStaff.hasAnyRole(Role.HELPDESK_TEAM);
    }

    public List<HelpdeskPosition> getPositions() {
        return List.of(HelpdeskPosition.values());
    }

    public HelpdeskTeamDecree getDecree() {
        return decree;
    }

    public List<HelpdeskTeamMember> getMembers() {
        return members;
    }

    public List<RosterDay> getRoster() {
        return roster;
    }

    public List<HelpdeskTeams.DutyAttendance> getAttendance() {
        return attendance;
    }

    public HelpdeskDuty getMyDuty() {
        return myDuty;
    }

    public List<HelpdeskIncident> getIncidents() {
        return incidents;
    }

    public List<HelpdeskNegligenceNote> getNotes() {
        return notes;
    }

    public LocalDate getToday() {
        return today;
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public void setDecreeNumber(String decreeNumber) {
        this.decreeNumber = decreeNumber;
    }

    public LocalDate getDecreeDate() {
        return decreeDate;
    }

    public void setDecreeDate(LocalDate decreeDate) {
        this.decreeDate = decreeDate;
    }

    public String getDecreeTitle() {
        return decreeTitle;
    }

    public void setDecreeTitle(String decreeTitle) {
        this.decreeTitle = decreeTitle;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberTitle() {
        return memberTitle;
    }

    public void setMemberTitle(String memberTitle) {
        this.memberTitle = memberTitle;
    }

    public HelpdeskPosition getMemberPosition() {
        return memberPosition;
    }

    public void setMemberPosition(HelpdeskPosition memberPosition) {
        this.memberPosition = memberPosition;
    }

    public String getMemberAccount() {
        return memberAccount;
    }

    public void setMemberAccount(String memberAccount) {
        this.memberAccount = memberAccount;
    }

    public LocalDate getDutyDate() {
        return dutyDate;
    }

    public void setDutyDate(LocalDate dutyDate) {
        this.dutyDate = dutyDate;
    }

    public Long getDutyMember() {
        return dutyMember;
    }

    public void setDutyMember(Long dutyMember) {
        this.dutyMember = dutyMember;
    }

    public String getDutyDesk() {
        return dutyDesk;
    }

    public void setDutyDesk(String dutyDesk) {
        this.dutyDesk = dutyDesk;
    }

    public boolean isDutyCoordinator() {
        return dutyCoordinator;
    }

    public void setDutyCoordinator(boolean dutyCoordinator) {
        this.dutyCoordinator = dutyCoordinator;
    }

    public String getRotateDesk() {
        return rotateDesk;
    }

    public void setRotateDesk(String rotateDesk) {
        this.rotateDesk = rotateDesk;
    }

    public String getIncidentText() {
        return incidentText;
    }

    public void setIncidentText(String incidentText) {
        this.incidentText = incidentText;
    }

    public Long getNegligenceMember() {
        return negligenceMember;
    }

    public void setNegligenceMember(Long negligenceMember) {
        this.negligenceMember = negligenceMember;
    }

    public String getNegligenceNote() {
        return negligenceNote;
    }

    public void setNegligenceNote(String negligenceNote) {
        this.negligenceNote = negligenceNote;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
