package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskDesk;
import id.go.kpu.eppid.helpdesk.application.HelpdeskMedia;
import id.go.kpu.eppid.helpdesk.application.HelpdeskRecords;
import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskMeeting;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskStatus;
import id.go.kpu.eppid.helpdesk.domain.PoliticalParty;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.request.domain.FileKind;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PageSteps;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs the documentation part of {@code /staff/helpdesk/consultation.xhtml} for the team of the office that received
 * the consultation (HD-3, HD-13): completing who consults (an e-mail's party is not known at first), photos,
 * screenshots and recordings, and online meetings with their invitation.
 */
@Named
@ViewScoped
public class HelpdeskMediaBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "media:";

    @Inject
    private transient HelpdeskRecords records;
    @Inject
    private transient HelpdeskDesk desk;
    @Inject
    private transient HelpdeskMedia media;
    @Inject
    private transient RequestUploads uploads;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long id;
    private boolean shown;
    private boolean open;
    private List<PoliticalParty> parties;
    private List<HelpdeskMeeting> meetings;

    private Long partyId;
    private String partyOther;
    private String representative;
    private String email;
    private ConsultationTopic topic;
    private LocalDateTime meetingAt;
    private Integer meetingMinutes = 60;
    private String meetingLink;
    private String meetingNote;

    @PostConstruct
    void init() {
        id = Faces.longParam("id");
        StaffAccount me = currentStaff.get();
        HelpdeskConsultation c = id == null ? null : records.find(me, id).orElse(null);
        shown = c != null && HelpdeskRecords.isOrigin(me, c) && me.hasAnyRole(Role.HELPDESK_TEAM);
        if (!shown) {
            return;
        }
        open = c.getStatus() != HelpdeskStatus.CLOSED;
        parties = desk.parties();
        meetings = media.meetings(id);
        partyId = c.getParty() == null ? null : c.getParty().getId();
        partyOther = c.getParty() == null ? c.partyName() : null;
        representative = c.getRepresentative();
        email = c.getEmail();
        topic = c.getTopic();
    }

    private String step(Runnable step, String doneKey) {
        return PageSteps.run(() -> {
            step.run();
            return null;
        }, doneKey, FORM, null, "/staff/helpdesk/consultation?faces-redirect=true&id=" + id);
    }

    public String amend() {
        return step(() -> desk.amend(currentStaff.get(), id, partyId, partyOther, representative, email, topic),
                "helpdesk.amend.done");
    }

    public String scheduleMeeting() {
        return step(() -> media.schedule(currentStaff.get(), id, meetingAt, meetingMinutes, meetingLink,
                meetingNote), "helpdesk.meeting.scheduled");
    }

    /** HD-13: a photo, screenshot or recording, checked by content and kept at once. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        PageSteps.upload(FORM, HelpdeskMedia.FIELD, () -> {
            AcceptedFile accepted = uploads.accept(FileKind.ATTACHMENT, media.rule(), file.getFileName(),
                    file.getSize(), file.getInputStream());
            media.add(currentStaff.get(), id, accepted);
            Faces.info(null, "helpdesk.media.added", accepted.originalName());
            Faces.keepMessages();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/staff/helpdesk/consultation.xhtml?id=" + id);
        });
    }

    public boolean isShown() {
        return shown;
    }

    /** Who consults can be changed until the consultation is closed. */
    public boolean isOpen() {
        return open;
    }

    public long getMaxBytes() {
        return media.maxBytes();
    }

    public List<PoliticalParty> getParties() {
        return parties;
    }

    public List<ConsultationTopic> getTopics() {
        return List.of(ConsultationTopic.values());
    }

    public List<HelpdeskMeeting> getMeetings() {
        return meetings;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public String getPartyOther() {
        return partyOther;
    }

    public void setPartyOther(String partyOther) {
        this.partyOther = partyOther;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ConsultationTopic getTopic() {
        return topic;
    }

    public void setTopic(ConsultationTopic topic) {
        this.topic = topic;
    }

    public LocalDateTime getMeetingAt() {
        return meetingAt;
    }

    public void setMeetingAt(LocalDateTime meetingAt) {
        this.meetingAt = meetingAt;
    }

    public Integer getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(Integer meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public void setMeetingLink(String meetingLink) {
        this.meetingLink = meetingLink;
    }

    public String getMeetingNote() {
        return meetingNote;
    }

    public void setMeetingNote(String meetingNote) {
        this.meetingNote = meetingNote;
    }
}
