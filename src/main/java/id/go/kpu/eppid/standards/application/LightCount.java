package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.request.domain.RequestKind;

/**
 * Open requests of one group (an official, or a regime and kind) by traffic light.
 *
 * @param key what the group is: an official's id ("0" for not yet disposed) or "KIND:REGIME_CODE"
 * @param label the official's name, or null for a regime group (the page labels it from the kind and regime)
 */
public record LightCount(String key, String label, RequestKind kind, String regimeCode, String regimeNameId,
        String regimeNameEn, long onTime, long dueSoon, long overdue) implements java.io.Serializable {

    public long total() {
        return onTime + dueSoon + overdue;
    }

    LightCount plus(long onTime, long dueSoon, long overdue) {
        return new LightCount(key, label, kind, regimeCode, regimeNameId, regimeNameEn, this.onTime + onTime,
                this.dueSoon + dueSoon, this.overdue + overdue);
    }
}
