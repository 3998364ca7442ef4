package id.go.kpu.eppid.delivery.application;

import id.go.kpu.eppid.outgoing.application.OutgoingLetters;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The approved outgoing letters of a request, as delivery hands them over (number, type and stored PDF). */
@ApplicationScoped
public class OutgoingReplyLetters implements ReplyLetters {

    @Inject
    private OutgoingLetters letters;

    @Override
    public List<Letter> approved(ServiceRequest request) {
        Messages m = Messages.of(Messages.INDONESIAN);
        return letters.approvedLetters(request).stream()
                .map(l -> new Letter(l.getId(), l.getNumber(), m.label(l.getType()), l.getPdf())).toList();
    }
}
