package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.standards.domain.TrafficLight;

/**
 * Which open requests the drill-down lists; every field is optional.
 *
 * @param officialId the assigned official's id, 0 for requests not yet disposed
 * @param kind a request kind's name
 * @param regimeCode a deadline regime's code, "" for requests without one
 */
public record OpenRequestFilter(TrafficLight light, Long officialId, String kind, String regimeCode)
        implements java.io.Serializable {

    public static OpenRequestFilter all() {
        return new OpenRequestFilter(null, null, null, null);
    }
}
