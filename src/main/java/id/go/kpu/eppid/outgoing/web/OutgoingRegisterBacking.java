package id.go.kpu.eppid.outgoing.web;

import id.go.kpu.eppid.outgoing.application.OutgoingLetters;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs the office's outgoing-letter register (REQ-4, LAW-4): approved letters, newest first, paged in the database. */
@Named
@ViewScoped
public class OutgoingRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OutgoingLetters letters;
    @Inject
    private transient CurrentStaff currentStaff;

    private final PagedModel<OutgoingLetter> model = new PagedModel<>(
            () -> letters.registerCount(currentStaff.officeId()),
            (first, size, sort) -> letters.register(currentStaff.officeId(), first, size),
            OutgoingLetter::getId);

    public PagedModel<OutgoingLetter> getModel() {
        return model;
    }
}
