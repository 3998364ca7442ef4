package id.go.kpu.eppid.delivery.application;

import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.shared.upload.FileDetails;
import java.util.List;

/** The approved reply letters of a request that can be handed over, each with its stored PDF. */
public interface ReplyLetters {

    /** An approved letter: its id, number, title (type) and the PDF kept in the portal's files. */
    record Letter(long id, String number, String title, FileDetails pdf) {
    }

    List<Letter> approved(ServiceRequest request);
}
