package id.go.kpu.eppid.standards.application;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard's traffic lights: the totals, per official and per regime and kind, as of {@code now}.
 *
 * @param soonLimit requests due before it (and not yet overdue) are due soon
 */
public record LightBoard(Instant now, Instant soonLimit, long onTime, long dueSoon, long overdue,
        List<LightCount> byOfficial, List<LightCount> byRegime) implements java.io.Serializable {
}
