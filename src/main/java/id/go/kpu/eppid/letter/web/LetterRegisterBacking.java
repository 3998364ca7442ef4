package id.go.kpu.eppid.letter.web;

import id.go.kpu.eppid.letter.application.LetterQuery;
import id.go.kpu.eppid.letter.application.LetterRegister;
import id.go.kpu.eppid.letter.domain.IncomingLetter;
import id.go.kpu.eppid.letter.domain.LetterChannel;
import id.go.kpu.eppid.letter.domain.LetterType;
import id.go.kpu.eppid.shared.web.PagedModel;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Backs the incoming-letter register: searchable by dates, channel, type and words, paged in the database; the
 * same selection exported as Excel or printed as PDF (links carry the filters).
 */
@Named
@ViewScoped
public class LetterRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient LetterRegister register;
    @Inject
    private transient CurrentStaff currentStaff;

    private LocalDate from;
    private LocalDate to;
    private LetterChannel channel;
    private LetterType type;
    private String text;

    private final PagedModel<IncomingLetter> model = new PagedModel<>(
            () -> register.count(currentStaff.officeId(), query()),
            (first, size, sort) -> register.page(currentStaff.officeId(), query(), first, size),
            IncomingLetter::getId);

    private LetterQuery query() {
        return LetterFilters.query(from, to, channel, type, text, currentStaff.getOffice().getZone());
    }

    public void reset() {
        from = null;
        to = null;
        channel = null;
        type = null;
        text = null;
    }

    public PagedModel<IncomingLetter> getModel() {
        return model;
    }

    public LetterChannel[] getChannels() {
        return LetterChannel.values();
    }

    public LetterType[] getTypes() {
        return LetterType.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public LetterChannel getChannel() {
        return channel;
    }

    public void setChannel(LetterChannel channel) {
        this.channel = channel;
    }

    public LetterType getType() {
        return type;
    }

    public void setType(LetterType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
