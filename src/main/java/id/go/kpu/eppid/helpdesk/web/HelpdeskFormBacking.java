package id.go.kpu.eppid.helpdesk.web;

import id.go.kpu.eppid.helpdesk.application.HelpdeskDesk;
import id.go.kpu.eppid.helpdesk.application.OpenCommand;
import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskChannel;
import id.go.kpu.eppid.helpdesk.domain.HelpdeskConsultation;
import id.go.kpu.eppid.helpdesk.domain.PoliticalParty;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Backs {@code /staff/helpdesk/new.xhtml}: the officer notes a consultation (HD-6); from a guest-book visit or a
 * helpdesk queue ticket the party's name, institution, phone and e-mail are taken over, so nothing is retyped. What
 * was typed stays on a refusal; one click registers one consultation.
 */
@Named
@ViewScoped
public class HelpdeskFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "hd:";

    @Inject
    private transient HelpdeskDesk desk;
    @Inject
    private transient CurrentStaff currentStaff;

    private Long guestParam;
    private Long ticketParam;
    private String ticketNumber;
    private List<PoliticalParty> parties;
    private HelpdeskChannel channel = HelpdeskChannel.FACE_TO_FACE;
    private Long partyId;
    private String partyOther;
    private String representative;
    private String phone;
    private String email;
    private ConsultationTopic topic;
    private String problem;
    private Long guestEntryId;
    private Long ticketId;
    private Long createdId;
    private LocalDateTime askedAt;

    /** View action: the helpdesk team only; the visit and ticket must be this office's. */
    public void load() {
        if (!currentStaff.hasAnyRole(Role.HELPDESK_TEAM)) {
            Faces.forbidden();
            return;
        }
        parties = desk.parties();
        if (representative == null && (guestParam != null || ticketParam != null)) {
            try {
                OpenCommand d = desk.draftFromVisit(currentStaff.get(), guestParam, ticketParam);
                partyId = d.partyId();
                partyOther = d.partyOther();
                representative = d.representative();
                phone = d.phone();
                email = d.email();
                problem = d.problem();
                guestEntryId = d.guestEntryId();
                ticketId = d.ticketId();
                ticketNumber = ticketId == null ? null : desk.ticketNumber(currentStaff.get(), ticketId);
            } catch (InvalidInputException e) {
                Faces.notFound();
            }
        }
    }

    public synchronized String open() {
        if (createdId == null) {
            try {
                HelpdeskConsultation c = desk.open(currentStaff.get(), new OpenCommand(channel, partyId, partyOther,
                        representative, phone, email, topic, problem, guestEntryId, ticketId, askedAt));
                createdId = c.getId();
            } catch (InvalidInputException e) {
                Faces.show(e, FORM);
                Faces.error(null, "form.fixErrors");
                return null;
            }
        }
        return "/staff/helpdesk/consultation?faces-redirect=true&id=" + createdId;
    }

    /** Whether it comes from a visit (the channel is then face to face). */
    public boolean isFromVisit() {
        return guestEntryId != null || ticketId != null;
    }

    public HelpdeskChannel[] getChannels() {
        return HelpdeskChannel.values();
    }

    public ConsultationTopic[] getTopics() {
        return ConsultationTopic.values();
    }

    public List<PoliticalParty> getParties() {
        return parties;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Long getGuestParam() {
        return guestParam;
    }

    public void setGuestParam(Long guestParam) {
        this.guestParam = guestParam;
    }

    public Long getTicketParam() {
        return ticketParam;
    }

    public void setTicketParam(Long ticketParam) {
        this.ticketParam = ticketParam;
    }

    public LocalDateTime getAskedAt() {
        return askedAt;
    }

    public void setAskedAt(LocalDateTime askedAt) {
        this.askedAt = askedAt;
    }

    public HelpdeskChannel getChannel() {
        return channel;
    }

    public void setChannel(HelpdeskChannel channel) {
        this.channel = channel;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }
}
