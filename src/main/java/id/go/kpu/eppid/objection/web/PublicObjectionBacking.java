package id.go.kpu.eppid.objection.web;

import id.go.kpu.eppid.objection.application.Objections;
import id.go.kpu.eppid.objection.domain.Objection;
import id.go.kpu.eppid.request.application.RequestTracking;
import id.go.kpu.eppid.request.web.TrackingLookup;
import id.go.kpu.eppid.request.application.TrackingView;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.web.Faces;
import id.go.kpu.eppid.shared.web.LocaleBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;

/**
 * Backs the public objection page {@code /objection.xhtml} (LAW-3): the applicant proves the request with its number
 * and tracking code, sees when the reason for an objection arose and until when one can be filed (or why it cannot),
 * files one with its grounds, statement and an optional attachment, and follows the objections already filed — the
 * superior's answer and the last day to go to the Information Commission. Shows no personal data.
 */
@Named
@ViewScoped
public class PublicObjectionBacking extends ObjectionFields {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RequestTracking tracking;
    @Inject
    private transient Objections objections;
    @Inject
    private LocaleBean localeBean;

    private String number;
    private String code;
    private TrackingView view;
    private Objections.Eligibility eligibility;
    private List<Objection> filed = List.of();
    private String refusal;

    /** Finds the request and its objection window. */
    public void check() {
        view = TrackingLookup.find(tracking, number, code);
        if (view == null) {
            return;
        }
        load();
    }

    private void load() {
        eligibility = objections.eligibility(view.requestId());
        filed = objections.of(view.requestId());
        var problem = eligibility.refusal(zone(), localeBean.getLocale());
        refusal = problem == null ? null : Faces.messages().get(problem.key(), problem.args());
    }

    /** Files the objection; refused input stays in the form with each problem at its field. */
    public void submit() {
        if (view == null) {
            return;
        }
        try {
            Objection o = objections.fileOnline(view.requestId(), input());
            reset();
            load();
            Faces.info(null, "objection.filed", o.getNumber(),
                    OfficeDateFormat.date(o.getDecisionDueAt().atZone(zone()), localeBean.getLocale()));
        } catch (InvalidInputException e) {
            Faces.show(e, FORM);
            FacesContext.getCurrentInstance().validationFailed();
            load();
        }
    }

    public ZoneId zone() {
        return view == null ? ZoneId.of("Asia/Jakarta") : ZoneId.of(view.zoneId());
    }

    public String getZoneId() {
        return zone().getId();
    }

    public boolean isOpen() {
        return eligibility != null && eligibility.accepted();
    }

    public Objections.Eligibility getEligibility() {
        return eligibility;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<Objection> getFiled() {
        return filed;
    }

    public TrackingView getView() {
        return view;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
