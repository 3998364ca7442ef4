package id.go.kpu.eppid.helpdesk.application;

import static id.go.kpu.eppid.shared.validation.InputChecks.required;
import static id.go.kpu.eppid.shared.validation.InputChecks.text;

import id.go.kpu.eppid.helpdesk.domain.ConsultationTopic;
import id.go.kpu.eppid.helpdesk.domain.FaqEntry;
import id.go.kpu.eppid.helpdesk.domain.FaqEntryVersion;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.office.domain.OfficeLevel;
import id.go.kpu.eppid.shared.persistence.IdList;
import id.go.kpu.eppid.shared.text.FullTextSearch;
import id.go.kpu.eppid.shared.text.IndonesianText;
import id.go.kpu.eppid.shared.text.SearchIndex;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.shared.validation.InvalidInputException.Problem;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The FAQ SIPOL (HD-6): entries published by the national office or a provincial office and seen by that office and
 * the offices below it; searched in Indonesian (entries and query stemmed alike, ranked by the database's FULLTEXT
 * index); each change of question, answer or source a new version, the earlier ones kept; the entries an answer used
 * are linked to the consultation and counted.
 */
@ApplicationScoped
@Transactional
public class FaqCatalog implements SearchIndex {

    static final int MAX_RESULTS = 50;

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The offices whose entries {@code office} sees: itself and those above it. */
    static List<Long> publishersFor(Office office) {
        return office.chain().stream().map(Office::getId).toList();
    }

    /** Whether {@code office} publishes FAQ entries (the national and provincial levels). */
    public static boolean publishes(Office office) {
        return office.getLevel() == OfficeLevel.NATIONAL || office.getLevel() == OfficeLevel.PROVINCE;
    }

    /** Whether the actor writes the FAQ of their office: a helpdesk manager at a publishing office. */
    public static boolean mayEdit(StaffAccount actor) {
        return publishes(actor.getOffice()) && actor.hasAnyRole(Role.HELPDESK_MANAGERS);
    }

    /**
     * The published entries {@code viewer} sees, best match first for a query (most used first without one), in a
     * category or all; at most {@value #MAX_RESULTS}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqEntry> search(Office viewer, String query, ConsultationTopic category) {
        return find(publishersFor(viewer), query, category, true);
    }

    /** All entries of the actor's own office (published or not), for its editors, best match first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqEntry> own(StaffAccount actor, String query) {
        return find(List.of(actor.getOffice().getId()), query, null, false);
    }

    private List<FaqEntry> find(List<Long> offices, String query, ConsultationTopic category, boolean publishedOnly) {
        // the office ids come from the database (numbers), so they are written into the statement
        String filter = "office_id IN (" + IdList.of(offices) + ")" + (publishedOnly ? " AND published = TRUE" : "")
                + (category != null ? " AND category = ?" : "");
        return new FullTextSearch("faq_entry", filter, category == null ? List.of() : List.of(category.name()),
                "use_count DESC", "use_count DESC, id", MAX_RESULTS).find(em, FaqEntry.class, FaqEntry::getId, query);
    }

    /** An entry the viewer may see (published, or their own office's), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<FaqEntry> visible(Office viewer, long id) {
        FaqEntry e = em.find(FaqEntry.class, id);
        if (e == null || !publishersFor(viewer).contains(e.getOfficeId())
                || !e.isPublished() && e.getOfficeId() != viewer.getId()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(e);
    }

    /** The versions of an entry, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqEntryVersion> versions(long entryId) {
        return em.createQuery("select v from FaqEntryVersion v where v.entryId = :e order by v.version desc",
                FaqEntryVersion.class).setParameter("e", entryId).getResultList();
    }

    /** Adds ({@code id} null) or changes an entry of the actor's office; a changed text is a new version. */
    public FaqEntry save(StaffAccount actor, Long id, ConsultationTopic category, String question, String answer,
            String source, LocalDate versionDate, boolean published) {
        if (!mayEdit(actor)) {
            throw new InvalidInputException(null, "faq.notEditor");
        }
        List<Problem> problems = new ArrayList<>();
        required(problems, "faqCategory", category);
        String q = text(problems, "faqQuestion", question, FaqEntry.QUESTION_LENGTH, true);
        String a = text(problems, "faqAnswer", answer, HelpdeskDesk.MAX_TEXT, true);
        String s = text(problems, "faqSource", source, FaqEntry.SOURCE_LENGTH, false);
        required(problems, "faqDate", versionDate);
        InvalidInputException.throwIfAny(problems);
        FaqEntry.Content content = new FaqEntry.Content(category, q, a, s, versionDate, published);
        String indexed = IndonesianText.indexText(q + " " + a + " " + (s == null ? "" : s));
        Instant now = clock.instant();
        FaqEntry entry;
        boolean newVersion;
        if (id == null) {
            entry = new FaqEntry(actor.getOffice().getId(), content, indexed, now, actor.getUsername());
            em.persist(entry);
            em.flush();
            newVersion = true;
        } else {
            entry = em.find(FaqEntry.class, id);
            if (entry == null || entry.getOfficeId() != actor.getOffice().getId()) {
                throw new InvalidInputException(null, "faq.notFound");
            }
            newVersion = entry.revise(content, indexed, now, actor.getUsername());
        }
        if (newVersion) {
            em.persist(new FaqEntryVersion(entry));
        }
        return entry;
    }

    /**
     * HD-6: the entries an answer was given with, linked to the consultation (once each) and counted; entries the
     * actor's office does not see are refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FaqEntry> link(StaffAccount actor, long consultationId, List<Long> faqIds) {
        List<FaqEntry> used = new ArrayList<>();
        for (Long faqId : faqIds.stream().distinct().toList()) {
            FaqEntry e = visible(actor.getOffice(), faqId).filter(FaqEntry::isPublished)
                    .orElseThrow(() -> new InvalidInputException(null, "faq.notFound"));
            int inserted = em.createNativeQuery("INSERT IGNORE INTO helpdesk_consultation_faq (consultation_id, "
                    + "faq_id, faq_version, linked_at, linked_by) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, consultationId).setParameter(2, faqId).setParameter(3, e.getVersion())
                    .setParameter(4, java.sql.Timestamp.from(clock.instant())).setParameter(5, actor.getUsername())
                    .executeUpdate();
            if (inserted > 0) {
                em.find(FaqEntry.class, faqId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).used();
            }
            used.add(e);
        }
        return used;
    }

    /** The FAQ entries linked to a consultation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FaqEntry> linked(long consultationId) {
        List<?> ids = em.createNativeQuery("SELECT faq_id FROM helpdesk_consultation_faq WHERE consultation_id = ?1")
                .setParameter(1, consultationId).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f from FaqEntry f where f.id in :ids", FaqEntry.class)
                .setParameter("ids", ids.stream().map(o -> ((Number) o).longValue()).toList()).getResultList()
                .stream().sorted(Comparator.comparing(FaqEntry::getId)).toList();
    }

    /** Gives entries added without an index (the demo data) their searchable words. */
    @Override
    public int indexMissing() {
        List<FaqEntry> missing = em.createQuery("select f from FaqEntry f where f.searchText = ''", FaqEntry.class)
                .getResultList();
        for (FaqEntry e : missing) {
            e.index(IndonesianText.indexText(e.getQuestion() + " " + e.getAnswer() + " "
                    + (e.getSourceRegulation() == null ? "" : e.getSourceRegulation())));
            if (versions(e.getId()).isEmpty()) {
                em.persist(new FaqEntryVersion(e));
            }
        }
        return missing.size();
    }
}
