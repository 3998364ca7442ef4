package id.go.kpu.eppid.queue.web;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.queue.domain.QueueService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Backs the public calling display of an office ({@code /queue/display.xhtml?office=5371}): the page itself only
 * names the office; the calls come from the public JSON endpoint the page polls every second.
 */
@Named
@RequestScoped
public class QueueDisplayBacking {

    @Inject
    private OfficeDirectory offices;

    private String office;
    private Office found;

    /** View action: an unknown office code answers 404. */
    public void load() throws IOException {
        found = office == null ? null : offices.findByCode(office.strip()).orElse(null);
        if (found == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Office getFound() {
        return found;
    }

    public QueueService[] getServices() {
        return QueueService.values();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }
}
