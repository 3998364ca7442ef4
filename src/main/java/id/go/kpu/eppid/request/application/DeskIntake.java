package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.IdCheck;
import java.time.Instant;

/**
 * What staff add when they register a request on an applicant's behalf (walk-in, letter, WhatsApp/e-mail letter;
 * REQ-1, REQ-3, REQ-5, CON-1, CON-3).
 *
 * @param idCheck how the ID was checked; {@link IdCheck#SHOWN} (no copy kept) only for walk-ins
 * @param receivedAt when the office received it (a letter may have arrived before it is registered); null = now
 * @param audienceOfficialId the Chair or Secretary whose availability the desk confirmed and to whom it took the
 *     applicant (REQ-5); their oral disposition is recorded when the processing steps are
 * @param origin the front-desk record it comes from, or null
 * @param immediate the desk judged a walk-in's information immediately available: it is served within one service
 *     hour (REQ-5; the INFO_IMMEDIATE regime) instead of the 10 working days of UU 14/2008 Pasal 22
 */
public record DeskIntake(IdCheck idCheck, Instant receivedAt, Long audienceOfficialId, IntakeOrigin origin,
        boolean immediate) {

    /** Online submissions: a scan, received now, no origin. */
    public static final DeskIntake ONLINE = new DeskIntake(IdCheck.SCANNED, null, null, null, false);
}
