package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.IntakeMail;
import id.go.kpu.eppid.request.application.Receipt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the receipt page shown after submission (only for receipts this session may see). */
@Named
@RequestScoped
public class ReceiptBacking {

    @Inject
    private ReceiptAccess access;

    @Inject
    private IntakeMail mail;

    private Long id;
    private Receipt receipt;

    public void load() {
        receipt = id == null ? null : access.find(id).orElse(null);
    }

    public String getTrackingUrl() {
        return receipt == null ? "" : mail.trackingUrl(receipt.registrationNumber());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Receipt getReceipt() {
        return receipt;
    }
}
