package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.deadline.application.DeadlineExplanation;
import id.go.kpu.eppid.request.application.RequestTracking;
import id.go.kpu.eppid.request.application.TrackingView;
import id.go.kpu.eppid.shared.web.LocaleBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/** Backs the public tracking page: registration number + tracking code → status history and due date. */
@Named
@ViewScoped
public class TrackingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RequestTracking tracking;

    @Inject
    private ReceiptAccess access;

    @Inject
    private LocaleBean localeBean;

    private String number;
    private String code;
    private TrackingView view;

    public void track() {
        view = TrackingLookup.find(tracking, number, code);
        if (view == null) {
            return;
        }
        access.grant(tracking.receipt(view, code));
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

    /** How the due date was computed, in the page's language. */
    public List<String> getDueExplanation() {
        return view == null ? List.of()
                : DeadlineExplanation.lines(view.dueTrace(), ZoneId.of(view.zoneId()), localeBean.getLocale());
    }

    public TrackingView getView() {
        return view;
    }
}
