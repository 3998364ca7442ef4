package id.go.kpu.eppid.dip.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.link;
import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.dip.domain.DipCategory;
import id.go.kpu.eppid.dip.domain.DipEntry;
import id.go.kpu.eppid.request.application.AcceptedFile;
import id.go.kpu.eppid.request.application.RequestUploads;
import id.go.kpu.eppid.shared.audit.AuditTrail;
import id.go.kpu.eppid.shared.text.FullTextSearch;
import id.go.kpu.eppid.shared.text.IndonesianText;
import id.go.kpu.eppid.shared.text.SearchIndex;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The office's list of public information (DIP, LAW-4; UU 14/2008 Pasal 9–11, 17, 20): kept by the PPID, shown on
 * the public page, searched in Indonesian (the words of title, summary and official stemmed alike, ranked by the
 * database's FULLTEXT). An excepted entry needs its Pasal 17 category and consequence test; a temporary category
 * (huruf a–f) needs the date its exception ends, and an entry past that date is flagged for review.
 */
@ApplicationScoped
@Transactional
public class InformationList implements SearchIndex {

    /** Who keeps the list. */
    public static final Set<Role> EDITORS = EnumSet.of(Role.PPID_OPERATOR, Role.SECRETARY, Role.CHAIR, Role.ADMIN);

    static final int MAX_RESULTS = 200;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AuditTrail audit;
    @Inject
    private RequestUploads uploads;

    private final Clock clock = Clock.systemUTC();

    /**
     * The entries of an office, best match first for a query (by category and title without one), in a category or
     * all; only published ones unless {@code all}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DipEntry> search(long officeId, String query, DipCategory category, boolean all) {
        List<Object> params = new ArrayList<>(List.of(officeId));
        if (category != null) {
            params.add(category.name());
        }
        String filter = "office_id = ?" + (all ? "" : " AND published = TRUE") + (category != null ? " AND category = ?" : "");
        return new FullTextSearch("dip_entry", filter, params, "id",
                "FIELD(category, 'PERIODIC', 'IMMEDIATE', 'ANY_TIME', 'EXCEPTED'), title", MAX_RESULTS)
                .find(em, DipEntry.class, DipEntry::getId, query);
    }

    /** The office's excepted entries whose exception has ended (Pasal 20), to review. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DipEntry> toReview(long officeId, LocalDate today) {
        return em.createQuery("select d from DipEntry d where d.officeId = :o and d.category = :c "
                + "and d.exceptedUntil < :today order by d.exceptedUntil", DipEntry.class).setParameter("o", officeId)
                .setParameter("c", DipCategory.EXCEPTED).setParameter("today", today).getResultList();
    }

    /**
     * The document of an entry for a download: anyone's for a published entry that is not excepted, else only the
     * staff of the entry's office ({@code viewer} null: nobody signed in).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<DipEntry> downloadable(long id, StaffAccount viewer) {
        DipEntry e = em.find(DipEntry.class, id);
        if (e == null || e.getDocument() == null) {
            return java.util.Optional.empty();
        }
        boolean staff = viewer != null && viewer.getOffice().getId() == e.getOfficeId();
        return e.isDocumentPublic() || staff ? java.util.Optional.of(e) : java.util.Optional.empty();
    }

    /** Opens a stored document. */
    public java.io.InputStream open(DipEntry e) throws java.io.IOException {
        return uploads.open(e.getDocument().getStoredName());
    }

    /** An entry of the actor's office. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DipEntry find(StaffAccount actor, long id) {
        DipEntry e = em.find(DipEntry.class, id);
        if (e == null || e.getOfficeId() != actor.getOffice().getId()) {
            throw new InvalidInputException(null, "dip.notFound");
        }
        return e;
    }

    public static boolean mayEdit(StaffAccount actor) {
        return actor.hasAnyRole(EDITORS);
    }

    /** Adds an entry (id null) or changes one of the actor's office; a new document replaces the earlier one. */
    public DipEntry save(StaffAccount actor, Long id, DipEntry.Content in, AcceptedFile document) {
        if (!mayEdit(actor)) {
            throw new InvalidInputException(null, "dip.notEditor");
        }
        List<Problem> problems = new ArrayList<>();
        required(problems, "dipCategory", in.category());
        String title = text(problems, "dipTitle", in.title(), DipEntry.TITLE_LENGTH, true);
        String summary = text(problems, "dipSummary", in.summary(), DipEntry.SUMMARY_LENGTH, true);
        String responsible = text(problems, "dipResponsible", in.responsible(), DipEntry.RESPONSIBLE_LENGTH, true);
        String format = text(problems, "dipFormat", in.format(), DipEntry.FORMAT_LENGTH, true);
        String retention = text(problems, "dipRetention", in.retention(), DipEntry.FORMAT_LENGTH, true);
        String url = link(problems, "dipLink", in.link(), DipEntry.LINK_LENGTH, false);
        String code = null;
        String test = null;
        LocalDate until = null;
        if (in.category() == DipCategory.EXCEPTED) {
            code = in.exceptionCode() == null || in.exceptionCode().isBlank() ? null : in.exceptionCode().strip();
            if (code == null || !code.matches("[a-j]")) {
                problems.add(new Problem("dipException", "dip.exception.required"));
            }
            test = text(problems, "dipConsequence", in.consequenceTest(), DipEntry.SUMMARY_LENGTH, true);
            until = in.exceptedUntil();
            if (code != null && DipEntry.TEMPORARY_EXCEPTIONS.contains(code) && until == null) {
                problems.add(new Problem("dipUntil", "dip.until.required", code));
            }
        }
        InvalidInputException.throwIfAny(problems);
        DipEntry.Content content = new DipEntry.Content(in.category(), title, summary, responsible, format, retention,
                url, code, test, until, in.published());
        String words = IndonesianText.indexText(title + " " + summary + " " + responsible);
        Instant now = clock.instant();
        DipEntry entry;
        if (id == null) {
            entry = new DipEntry(actor.getOffice().getId(), content, words, actor.getUsername(), now);
            em.persist(entry);
            em.flush();
        } else {
            entry = find(actor, id);
            entry.update(content, words, actor.getUsername(), now);
        }
        if (document != null) {
            entry.attach(uploads.store(document));
        }
        audit.record(actor.getOffice().getId(), now, actor.getUsername(), "DIP_ENTRY", entry.getId(),
                id == null ? "DIP_ADDED" : "DIP_CHANGED", in.category() + " " + title);
        return entry;
    }

    /** Gives entries added without an index (the demo data) their searchable words. */
    @Override
    public int indexMissing() {
        List<DipEntry> missing = em.createQuery("select d from DipEntry d where d.searchText = ''", DipEntry.class)
                .getResultList();
        missing.forEach(e -> e.index(IndonesianText.indexText(e.getTitle() + " " + e.getSummary() + " "
                + e.getResponsible())));
        return missing.size();
    }
}
