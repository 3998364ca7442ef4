package id.go.kpu.eppid.guestbook.web;

import id.go.kpu.eppid.guestbook.application.VisitorCards;
import id.go.kpu.eppid.guestbook.domain.VisitorCard;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs the office's pool of visitor cards: status of each, adding a range, taking a card out or back in. */
@Named
@ViewScoped
public class VisitorCardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient VisitorCards cards;
    @Inject
    private transient CurrentStaff currentStaff;

    private List<VisitorCard> all;
    private String prefix = "T-";
    private Integer from;
    private Integer to;

    public void load() {
        if (!currentStaff.hasAnyRole(Role.CARD_KEEPERS)) {
            Faces.forbidden();
            return;
        }
        all = cards.all(currentStaff.officeId());
    }

    public void add() {
        try {
            int added = cards.add(currentStaff.officeId(), prefix, from == null ? 0 : from, to == null ? 0 : to,
                    currentStaff.get().getUsername());
            Faces.info(null, "cards.added", added);
        } catch (InvalidInputException e) {
            Faces.show(e, "cards:");
        }
        all = cards.all(currentStaff.officeId());
    }

    public void setActive(long cardId, boolean active) {
        try {
            cards.setActive(currentStaff.officeId(), cardId, active, currentStaff.get().getUsername());
        } catch (InvalidInputException e) {
            Faces.show(e, "cards:");
        }
        all = cards.all(currentStaff.officeId());
    }

    public long getFreeCount() {
        return all.stream().filter(VisitorCard::isFree).count();
    }

    public List<VisitorCard> getAll() {
        return all;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
