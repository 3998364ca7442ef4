package id.go.kpu.eppid.contact.web;

import id.go.kpu.eppid.contact.application.ContactLogbook;
import id.go.kpu.eppid.contact.domain.ContactChannel;
import id.go.kpu.eppid.contact.domain.ContactEntry;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs the telephone and social-media log: a quick form and the office's entries, newest first. */
@Named
@ViewScoped
public class ContactLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContactLogbook logbook;
    @Inject
    private transient CurrentStaff currentStaff;

    private ContactChannel channel = ContactChannel.PHONE;
    private String contact;
    private String name;
    private String question;
    private String answer;

    private final PagedModel<ContactEntry> model = new PagedModel<>(
            () -> logbook.count(currentStaff.officeId()),
            (first, size, sort) -> logbook.latest(currentStaff.officeId(), first, size),
            ContactEntry::getId);

    public void log() {
        try {
            logbook.log(currentStaff.officeId(), channel, contact, name, question, answer,
                    currentStaff.get().getUsername());
            Faces.info(null, "contact.logged");
            contact = null;
            name = null;
            question = null;
            answer = null;
        } catch (InvalidInputException e) {
            Faces.show(e, "contact:");
        }
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public PagedModel<ContactEntry> getModel() {
        return model;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
