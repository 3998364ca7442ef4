package id.go.kpu.eppid.request.web;

import id.go.kpu.eppid.request.application.Receipt;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The receipts this browser session may see: the ones it just submitted and the ones it opened on the tracking page
 * with the right code. The PDF receipt is served only from here, so a receipt URL alone reveals nothing.
 */
@SessionScoped
public class ReceiptAccess implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEEP = 20;

    private final Map<Long, Receipt> receipts = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Receipt> eldest) {
            return size() > KEEP;
        }
    };

    public synchronized void grant(Receipt receipt) {
        Receipt earlier = receipts.get(receipt.requestId());
        // A duplicate submission has no tracking code: keep the receipt that has it.
        if (earlier == null || receipt.trackingCode() != null) {
            receipts.put(receipt.requestId(), receipt);
        }
    }

    public synchronized Optional<Receipt> find(long requestId) {
        return Optional.ofNullable(receipts.get(requestId));
    }
}
