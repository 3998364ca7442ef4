package id.go.kpu.eppid.delivery.application;

import id.go.kpu.eppid.delivery.domain.HandOver;
import id.go.kpu.eppid.office.application.OfficeLetterhead;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.pdf.PdfDocuments;
import id.go.kpu.eppid.shared.time.OfficeDateFormat;
import id.go.kpu.eppid.shared.upload.PortalFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expedition book of an office (buku ekspedisi, REQ-4, REQ-5): its hand-overs by date, paged in the database,
 * the recipients' signatures, and the printable register of a period (A4 landscape PDF).
 */
@ApplicationScoped
public class ExpeditionBook {

    /** The longest period printed at once. */
    public static final int MAX_PRINT_DAYS = 366;
    private static final float[] WIDTHS = {9f, 10f, 13f, 22f, 10f, 14f, 9f, 13f};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalFiles files;

    /** Hand-overs of the office between two days (inclusive, office time), newest first, one page. */
    public List<HandOver> page(Office office, LocalDate from, LocalDate to, int first, int size) {
        return em.createQuery("select h from HandOver h join fetch h.request where h.officeId = :o "
                        + "and h.handedAt >= :from and h.handedAt < :to order by h.handedAt desc, h.id desc",
                        HandOver.class)
                .setParameter("o", office.getId()).setParameter("from", start(office, from))
                .setParameter("to", start(office, to.plusDays(1)))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Office office, LocalDate from, LocalDate to) {
        return em.createQuery("select count(h) from HandOver h where h.officeId = :o and h.handedAt >= :from "
                        + "and h.handedAt < :to", Long.class)
                .setParameter("o", office.getId()).setParameter("from", start(office, from))
                .setParameter("to", start(office, to.plusDays(1))).getSingleResult();
    }

    /** The signature PNG of a hand-over of the office. */
    public Optional<byte[]> signature(long officeId, long handOverId) throws IOException {
        HandOver h = em.find(HandOver.class, handOverId);
        if (h == null || h.getOfficeId() != officeId || h.getSignature() == null) {
            return Optional.empty();
        }
        try (InputStream in = files.open(h.getSignature().getStoredName())) {
            return Optional.of(in.readAllBytes());
        }
    }

    /** The register of a period to print, oldest first. */
    public byte[] pdf(Office office, LocalDate from, LocalDate to, Messages m) throws IOException {
        ZoneId zone = office.getZone();
        List<HandOver> entries = em.createQuery("select h from HandOver h join fetch h.request where h.officeId = :o "
                        + "and h.handedAt >= :from and h.handedAt < :to order by h.handedAt, h.id", HandOver.class)
                .setParameter("o", office.getId()).setParameter("from", start(office, from))
                .setParameter("to", start(office, to.plusDays(1))).getResultList();
        List<List<Object>> rows = new ArrayList<>();
        for (HandOver h : entries) {
            ZonedDateTime at = h.getHandedAt().atZone(zone);
            List<Object> row = new ArrayList<>();
            row.add(h.getBookNumber());
            row.add(OfficeDateFormat.date(at, m.locale()).replaceFirst("^[^,]+, ", "") + "\n"
                    + OfficeDateFormat.time(at, m.locale()));
            row.add(h.getRequest().getRegistrationNumber());
            row.add(h.getDescription());
            row.add(m.label(h.getMethod()));
            row.add(h.getRecipientName());
            row.add(h.getHandedBy());
            row.add(h.getSignature() == null ? "" : signature(office.getId(), h.getId()).orElse(null));
            rows.add(row);
        }
        String period = OfficeDateFormat.date(from.atStartOfDay(zone), m.locale()) + " – "
                + OfficeDateFormat.date(to.atStartOfDay(zone), m.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfDocuments pdf = PdfDocuments.open(out, new PdfDocuments.Info(m.get("expedition.pdf.title"),
                office.getName(), m.locale(), true))) {
            pdf.footer(m.get("expedition.pdf.footer"))
                    .letterhead(OfficeLetterhead.of(office), m::get)
                    .title(m.get("expedition.pdf.title"))
                    .paragraph(m.get("expedition.pdf.period", period, entries.size()))
                    .dataTable(WIDTHS, List.of(m.get("expedition.number"), m.get("expedition.when"),
                            m.get("expedition.request"), m.get("expedition.what"), m.get("expedition.method"),
                            m.get("expedition.recipient"), m.get("expedition.by"), m.get("delivery.signature")),
                            rows, 28f);
        }
        return out.toByteArray();
    }

    private static Instant start(Office office, LocalDate day) {
        return day.atStartOfDay(office.getZone()).toInstant();
    }
}
