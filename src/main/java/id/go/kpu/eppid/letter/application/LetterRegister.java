package id.go.kpu.eppid.letter.application;

import id.go.kpu.eppid.letter.domain.IncomingLetter;
import id.go.kpu.eppid.letter.domain.LetterFile;
import id.go.kpu.eppid.shared.persistence.TextSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The office's incoming-letter register (REQ-4): search a page at a time (newest agenda number first), one letter
 * with its files, and the whole selection for export and print. Scoped to the caller's office.
 */
@ApplicationScoped
public class LetterRegister {

    /** Most rows an export or print holds. */
    public static final int MAX_EXPORT = 10_000;

    @PersistenceContext
    private EntityManager em;

    public List<IncomingLetter> page(long officeId, LetterQuery q, int first, int max) {
        return query(officeId, q, "select l", " order by l.receivedAt desc, l.id desc", IncomingLetter.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long officeId, LetterQuery q) {
        return query(officeId, q, "select count(l)", "", Long.class).getSingleResult();
    }

    /** The selection in agenda order, for export and print (at most {@link #MAX_EXPORT}). */
    public List<IncomingLetter> all(long officeId, LetterQuery q) {
        return query(officeId, q, "select l", " order by l.receivedAt, l.id", IncomingLetter.class)
                .setMaxResults(MAX_EXPORT).getResultList();
    }

    public Optional<IncomingLetter> find(long officeId, long letterId) {
        IncomingLetter letter = em.find(IncomingLetter.class, letterId);
        return letter == null || letter.getOfficeId() != officeId ? Optional.empty() : Optional.of(letter);
    }

    public List<LetterFile> files(IncomingLetter letter) {
        return em.createQuery("select f from LetterFile f where f.letterId = :l order by f.id", LetterFile.class)
                .setParameter("l", letter.getId()).getResultList();
    }

    /** A file of a letter of this office. */
    public Optional<LetterFile> file(long officeId, long fileId) {
        LetterFile file = em.find(LetterFile.class, fileId);
        if (file == null) {
            return Optional.empty();
        }
        return find(officeId, file.getLetterId()).map(l -> file);
    }

    private <T> TypedQuery<T> query(long officeId, LetterQuery q, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from IncomingLetter l where l.officeId = :o");
        if (q.from() != null) {
            jpql.append(" and l.receivedAt >= :from");
        }
        if (q.to() != null) {
            jpql.append(" and l.receivedAt < :to");
        }
        if (q.channel() != null) {
            jpql.append(" and l.channel = :channel");
        }
        if (q.type() != null) {
            jpql.append(" and l.type = :type");
        }
        List<String> words = TextSearch.patterns(q.text());
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and l.searchText like :w").append(i);
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type).setParameter("o", officeId);
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        if (q.channel() != null) {
            query.setParameter("channel", q.channel());
        }
        if (q.type() != null) {
            query.setParameter("type", q.type());
        }
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, words.get(i));
        }
        return query;
    }
}
