package id.go.kpu.eppid.outgoing.web;

import id.go.kpu.eppid.outgoing.application.OutgoingLetters;
import id.go.kpu.eppid.outgoing.domain.OutgoingLetter;
import id.go.kpu.eppid.shared.web.Downloads;
import id.go.kpu.eppid.staff.application.CurrentStaff;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * An outgoing letter as PDF ({@code /staff/outgoing/pdf/{id}}): the stored final file of an approved letter, or the
 * "DRAF / DRAFT" preview of a draft. Another office's letter answers 404. (Under {@code /pdf/} so that the register
 * page {@code /staff/outgoing/register.xhtml} stays a Faces page.)
 */
@WebServlet("/staff/outgoing/pdf/*")
public class OutgoingLetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutgoingLetters letters;
    @Inject
    private CurrentStaff currentStaff;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StaffAccount me = currentStaff.get();
        Optional<OutgoingLetter> letter = Downloads.idFromPath(req).flatMap(id -> letters.find(me, id));
        Optional<byte[]> pdf = letter.flatMap(l -> letters.pdf(me, l.getId()));
        if (pdf.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OutgoingLetter l = letter.get();
        String name = l.isApproved() && l.getPdf() != null ? l.getPdf().getOriginalName()
                : "draf-surat-" + l.getId() + ".pdf";
        Downloads.send(resp, "application/pdf", pdf.get(), name, false);
    }
}
