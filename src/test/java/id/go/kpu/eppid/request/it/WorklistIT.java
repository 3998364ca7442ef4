package id.go.kpu.eppid.request.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.request.application.RequestRecords;
import id.go.kpu.eppid.request.application.RequestWorklist;
import id.go.kpu.eppid.request.application.WorklistQuery;
import id.go.kpu.eppid.request.application.WorklistRow;
import id.go.kpu.eppid.request.domain.Channel;
import id.go.kpu.eppid.request.domain.RequestKind;
import id.go.kpu.eppid.request.domain.RequestStatus;
import id.go.kpu.eppid.request.domain.ServiceRequest;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.SampleRequests;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The officer worklist in the container (ORG-2, issue 8 P2): every filter, both orders and the pages give exactly the
 * office's rows that match, with the request's own values; another office sees none of them. Each filter is checked
 * against the office's whole list filtered here.
 */
@ExtendWith(ArquillianExtension.class)
class WorklistIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestWorklist worklist;
    @Inject
    SampleRequests samples;
    @Inject
    OfficeDirectory offices;
    @Inject
    RequestRecords records;
    @Inject
    StaffDirectory staff;

    @Test
    void filtersOrdersAndPagesGiveTheOfficesMatchingRowsWithTheirValues() {
        Office kupang = offices.findByCode("5371").orElseThrow();
        String word = "arsip" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long letter = samples.submitAtDesk(RequestKind.CONSULTATION, Channel.LETTER,
                "Konsultasi " + word + " daftar pemilih", now.minus(Duration.ofDays(6)));
        long walkIn = samples.submitAtDesk(RequestKind.INFORMATION, Channel.WALK_IN,
                "Salinan " + word + " berita acara rekapitulasi", now.minus(Duration.ofDays(2)));
        long online = samples.submit(RequestKind.INFORMATION);

        List<WorklistRow> all = everything(kupang, WorklistQuery.byDueDate());
        assertEquals(worklist.count(kupang, WorklistQuery.byDueDate()), all.size());
        assertOrdered(all, Comparator.comparing(WorklistRow::dueAt).thenComparing(WorklistRow::id));
        for (long id : List.of(letter, walkIn, online)) {
            ServiceRequest r = records.find(id, staff.findByUsername("ketua.kupang").orElseThrow()).orElseThrow();
            WorklistRow row = all.stream().filter(w -> w.id() == id).findFirst().orElseThrow();
            assertEquals(r.getRegistrationNumber(), row.registrationNumber());
            assertEquals(r.getKind(), row.kind());
            assertEquals(r.getChannel(), row.channel());
            assertEquals(RequestStatus.RECEIVED, row.status());
            assertEquals("Yosef Tefa", row.applicantName());
            assertNull(row.institutionName());
            assertEquals(r.getSubject(), row.subject());
            assertEquals(r.getReceivedAt(), row.receivedAt());
            assertEquals(r.getDueAt(), row.dueAt());
        }

        // every filter: exactly the rows of the whole list that match
        LocalDate today = LocalDate.now(kupang.getZone());
        check(kupang, query(RequestKind.CONSULTATION, null, null, null, null, null), all,
                w -> w.kind() == RequestKind.CONSULTATION);
        check(kupang, query(null, RequestStatus.RECEIVED, null, null, null, null), all,
                w -> w.status() == RequestStatus.RECEIVED);
        check(kupang, query(null, null, Channel.WALK_IN, null, null, null), all, w -> w.channel() == Channel.WALK_IN);
        LocalDate from = today.minusDays(6);
        LocalDate to = today.minusDays(2);
        check(kupang, query(null, null, null, from, to, null), all, w -> {
            LocalDate day = w.receivedAt().atZone(kupang.getZone()).toLocalDate();
            return !day.isBefore(from) && !day.isAfter(to);
        });
        List<WorklistRow> found = check(kupang, query(null, null, null, null, null, word.toUpperCase(Locale.ROOT)),
                all, w -> w.subject().contains(word));
        assertEquals(List.of(letter, walkIn), found.stream().map(WorklistRow::id).sorted().toList(),
                "text search in the subject, any case");
        assertEquals(List.of(walkIn), ids(everything(kupang, new WorklistQuery(RequestKind.INFORMATION,
                RequestStatus.RECEIVED, Channel.WALK_IN, from, to, word + " berita", WorklistQuery.Sort.DUE, true))),
                "filters together, and every word of the text");

        // the other order, and pages that add up to the whole list
        List<WorklistRow> newest = everything(kupang, new WorklistQuery(null, null, null, null, null, null,
                WorklistQuery.Sort.RECEIVED, false));
        assertEquals(all.size(), newest.size());
        assertOrdered(newest, Comparator.comparing(WorklistRow::receivedAt).thenComparing(WorklistRow::id).reversed());
        List<WorklistRow> paged = new ArrayList<>();
        for (int first = 0; first < all.size(); first += 7) {
            paged.addAll(worklist.page(kupang, WorklistQuery.byDueDate(), first, 7));
        }
        assertEquals(ids(all), ids(paged));
        assertEquals(List.of(), worklist.page(kupang, WorklistQuery.byDueDate(), all.size(), 25), "past the end");

        // ORG-2: another office's list has none of them
        Office mesuji = offices.findByCode("1811").orElseThrow();
        List<Long> theirs = ids(everything(mesuji, WorklistQuery.byDueDate()));
        assertTrue(theirs.stream().noneMatch(List.of(letter, walkIn, online)::contains), theirs.toString());
        assertEquals(0, worklist.count(mesuji, query(null, null, null, null, null, word)));
    }

    private static WorklistQuery query(RequestKind kind, RequestStatus status, Channel channel, LocalDate from,
            LocalDate to, String text) {
        return new WorklistQuery(kind, status, channel, from, to, text, WorklistQuery.Sort.DUE, true);
    }

    /** The filtered list, its count, and that it is the whole list filtered here; returns it. */
    private List<WorklistRow> check(Office office, WorklistQuery q, List<WorklistRow> all,
            Predicate<WorklistRow> matches) {
        List<WorklistRow> filtered = everything(office, q);
        assertEquals(ids(all.stream().filter(matches).toList()), ids(filtered), q.toString());
        assertEquals(filtered.size(), worklist.count(office, q), q.toString());
        return filtered;
    }

    /** Every row, page by page (the largest page is 100). */
    private List<WorklistRow> everything(Office office, WorklistQuery q) {
        List<WorklistRow> rows = new ArrayList<>();
        for (int first = 0; ; first += 100) {
            List<WorklistRow> page = worklist.page(office, q, first, 100);
            rows.addAll(page);
            if (page.size() < 100) {
                return rows;
            }
        }
    }

    private static List<Long> ids(List<WorklistRow> rows) {
        return rows.stream().map(WorklistRow::id).toList();
    }

    private static void assertOrdered(List<WorklistRow> rows, Comparator<WorklistRow> order) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(order.compare(rows.get(i - 1), rows.get(i)) < 0, "out of order at " + i);
        }
    }
}
