package id.go.kpu.eppid.consultation.application;

import id.go.kpu.eppid.consultation.domain.ConsultationSession;
import id.go.kpu.eppid.outgoing.application.LetterFacts;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetterType;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CON-3: a consultation is answered by a letter ("jawaban permohonan konsultasi akan diberikan secara surat
 * tertulis"). Offers {@link OutgoingLetterType#CONSULTATION_ANSWER} once a consultation request has a session with a recorded
 * result, with the facts {@code consultationDate} (the day of the session, written out in the letter's language),
 * {@code consultedWith} (who gave the consultation — the approved delegate, else the official — with their position)
 * and {@code result}. The latest held session counts.
 */
@ApplicationScoped
public class ConsultationLetterFacts implements LetterFacts {

    @Inject
    private Consultations consultations;

    @Override
    public Set<OutgoingLetterType> applicable(ServiceRequest request) {
        return held(request).isPresent() ? EnumSet.of(OutgoingLetterType.CONSULTATION_ANSWER) : EnumSet.noneOf(OutgoingLetterType.class);
    }

    @Override
    public Map<String, Object> facts(ServiceRequest request, OutgoingLetterType type, Locale locale) {
        Optional<ConsultationSession> held = type == OutgoingLetterType.CONSULTATION_ANSWER ? held(request) : Optional.empty();
        if (held.isEmpty()) {
            return Map.of();
        }
        ConsultationSession s = held.get();
        StaffAccount by = s.getConductedBy();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("consultationDate",
                OfficeDateFormat.date(s.getStartsAt().atZone(request.getOffice().getZone()), locale));
        facts.put("consultedWith", by.getPositionTitle() == null || by.getPositionTitle().isBlank()
                ? by.getFullName() : by.getFullName() + ", " + by.getPositionTitle());
        facts.put("result", s.getResult());
        return facts;
    }

    private Optional<ConsultationSession> held(ServiceRequest request) {
        return request.getKind() == RequestKind.CONSULTATION ? consultations.latestResult(request) : Optional.empty();
    }
}
