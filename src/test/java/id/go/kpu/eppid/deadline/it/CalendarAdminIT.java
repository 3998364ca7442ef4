package id.go.kpu.eppid.deadline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.deadline.application.CalendarChanged;
import id.go.kpu.eppid.deadline.application.Calendars;
import id.go.kpu.eppid.deadline.application.DeadlineRegimes;
import id.go.kpu.eppid.deadline.application.DeadlineRegimes.RegimeInput;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin.DayHours;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin.DayOffInput;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin.ImportPreview;
import id.go.kpu.eppid.deadline.application.WorkingCalendarAdmin.Outcome;
import id.go.kpu.eppid.deadline.domain.DayOff;
import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.DeadlineRegime;
import id.go.kpu.eppid.deadline.domain.RegimeClock;
import id.go.kpu.eppid.deadline.domain.RegimeScope;
import id.go.kpu.eppid.deadline.domain.ServiceKind;
import id.go.kpu.eppid.shared.validation.InvalidInputException;
import id.go.kpu.eppid.staff.application.StaffDirectory;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import id.go.kpu.eppid.testsupport.Deployments;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working calendar's administration in the container (issue 5, REQ-8, ORG-1): national days off only by the
 * national office's administrator, office closures by the office's, duplicates refused with a clear message, every
 * change fires {@link CalendarChanged}; service hours checked; office regimes win over national ones while valid.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarAdminIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    WorkingCalendarAdmin admin;
    @Inject
    DeadlineRegimes regimes;
    @Inject
    Calendars calendars;
    @Inject
    StaffDirectory staff;
    @Inject
    CalendarChangedRecorder recorder;

    private StaffAccount who(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    private static String problem(Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        return e.problems().get(0).key();
    }

    @Test
    void nationalAndOfficeDaysOffAreKeptApartAndEveryChangeIsAnnounced() {
        StaffAccount kupang = who("admin.kupang");
        StaffAccount national = who("admin.ri");
        long kupangId = kupang.getOffice().getId();
        recorder.clear();

        // an office administrator may not add a national day off
        assertEquals("calendar.national.notAllowed", problem(() -> admin.add(kupang, new DayOffInput(true,
                LocalDate.of(2030, 3, 4), DayOffKind.NATIONAL_HOLIDAY, "Libur", "SKB", false))));
        // nor a national kind for the office, and the legal source is required
        InvalidInputException typed = assertThrows(InvalidInputException.class, () -> admin.add(kupang,
                new DayOffInput(false, LocalDate.of(2030, 3, 5), DayOffKind.NATIONAL_HOLIDAY, "Libur", " ", false)));
        List<String> keys = typed.problems().stream().map(InvalidInputException.Problem::key).toList();
        assertTrue(keys.contains("validation.required") && keys.contains("calendar.kind.officeOnly"), keys.toString());
        assertTrue(recorder.seen().isEmpty(), "nothing changed, nothing announced");

        // the national administrator adds a national holiday: one event for every office
        DayOff holiday = admin.add(national, new DayOffInput(true, LocalDate.of(2030, 3, 4),
                DayOffKind.NATIONAL_HOLIDAY, "Hari libur uji", "SKB uji 2030", false));
        assertNull(holiday.getOfficeId());
        CalendarChanged first = recorder.seen().get(recorder.seen().size() - 1);
        assertNull(first.officeId());
        assertEquals("admin.ri", first.actor());
        assertEquals(LocalDate.of(2030, 3, 4), first.from(), "due dates before the day cannot move (issue 8, P3)");

        // the office administrator adds the office's own closure
        DayOff closure = admin.add(kupang, new DayOffInput(false, LocalDate.of(2030, 3, 6),
                DayOffKind.OFFICE_CLOSURE, "HUT Kota Kupang", "Perda Kota Kupang", true));
        assertEquals(kupangId, closure.getOfficeId());
        assertEquals(kupangId, recorder.seen().get(recorder.seen().size() - 1).officeId());
        assertTrue(calendars.daysOff(kupangId).stream().anyMatch(d -> d.getId().equals(closure.getId())));

        // a date the office is already closed on is refused, naming why
        assertEquals("calendar.dayOff.alreadyClosed", problem(() -> admin.add(kupang, new DayOffInput(false,
                LocalDate.of(2030, 3, 6), DayOffKind.OFFICE_CLOSURE, "Lagi", "Perda", false))));
        assertEquals("calendar.dayOff.alreadyNational", problem(() -> admin.add(kupang, new DayOffInput(false,
                LocalDate.of(2030, 3, 4), DayOffKind.OFFICE_CLOSURE, "Lagi", "Perda", false))));
        assertEquals("calendar.dayOff.duplicate", problem(() -> admin.add(national, new DayOffInput(true,
                LocalDate.of(2030, 3, 4), DayOffKind.COLLECTIVE_LEAVE, "Lagi", "SKB", false))));

        // the office may not change or confirm the national entry; the national administrator confirms it
        assertEquals("calendar.national.notAllowed", problem(() -> admin.confirm(kupang, holiday.getId())));
        int before = recorder.seen().size();
        DayOff confirmed = admin.confirm(national, holiday.getId());
        assertTrue(confirmed.isConfirmed());
        admin.edit(kupang, closure.getId(), new DayOffInput(false, null, DayOffKind.OFFICE_CLOSURE,
                "Hari Ulang Tahun Kota Kupang", "Perda Kota Kupang No. 1", true));
        admin.delete(kupang, closure.getId());
        assertEquals(before + 3, recorder.seen().size(), "confirm, edit and delete each announced");
        assertTrue(calendars.daysOff(kupangId).stream().noneMatch(d -> d.getId().equals(closure.getId())));
    }

    @Test
    void anImportIsPreviewedThenAddedInOneGo() {
        StaffAccount kupang = who("admin.kupang");
        admin.add(kupang, new DayOffInput(false, LocalDate.of(2030, 9, 2), DayOffKind.OFFICE_CLOSURE,
                "Sudah ada", "Keputusan kepala kantor", false));
        String csv = "date,kind,name,legal source\n"
                + "2030-09-02,OFFICE_CLOSURE,Sudah ada,Keputusan\n"
                + "2030-09-03,OFFICE_CLOSURE,Libur daerah,Perda 2/2030\n"
                + "2030-09-04,,Libur daerah kedua,\n"
                + "2030-09-05,COLLECTIVE_LEAVE,Jenis nasional,Perda\n"
                + "bukan tanggal,OFFICE_CLOSURE,Salah,Perda\n";
        ImportPreview preview = admin.preview(kupang, false, csv.getBytes(StandardCharsets.UTF_8),
                "Keputusan Ketua KPU Kota Kupang");
        assertEquals(2, preview.count(Outcome.ADD), preview.toString());
        assertEquals(1, preview.count(Outcome.SKIP_DUPLICATE));
        assertEquals(2, preview.count(Outcome.SKIP_INVALID));
        assertEquals("calendar.import.reason.alreadyClosed", preview.rows().get(0).reason());
        assertEquals("calendar.import.type", problem(() -> admin.preview(kupang, false,
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, null)));
        assertEquals("calendar.national.notAllowed", problem(() -> admin.preview(kupang, true,
                csv.getBytes(StandardCharsets.UTF_8), null)));

        recorder.clear();
        assertEquals(2, admin.importRows(kupang, preview));
        assertEquals(1, recorder.seen().size(), "one event for the whole import");
        assertEquals(LocalDate.of(2030, 9, 3), recorder.seen().get(0).from(), "from the import's first day");
        assertTrue(calendars.daysOff(kupang.getOffice().getId()).stream().anyMatch(d ->
                d.getDay().equals(LocalDate.of(2030, 9, 4))
                        && d.getLegalSource().equals("Keputusan Ketua KPU Kota Kupang")));
    }

    @Test
    void serviceHoursAreCheckedAndAnnounced() {
        StaffAccount kupang = who("admin.kupang");
        Function<Integer, List<DayHours>> week = friday -> {
            List<DayHours> w = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                boolean open = d.getValue() <= 5;
                w.add(new DayHours(d, open, open ? "08:00" : null,
                        d == DayOfWeek.FRIDAY ? friday + ":00" : open ? "16:00" : null));
            }
            return w;
        };
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> admin.setHours(kupang, ServiceKind.CONSULTATION, week.apply(7)));
        assertEquals("week:4:closes", e.problems().get(0).field());
        assertEquals("calendar.hours.closesBeforeOpens", e.problems().get(0).key());

        List<DayHours> closed = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            closed.add(new DayHours(d, d == DayOfWeek.SATURDAY, "09:00", "12:00"));
        }
        assertEquals("calendar.hours.noWorkingDay", problem(() -> admin.setHours(kupang, ServiceKind.CONSULTATION,
                closed)));
        List<DayHours> badTime = week.apply(15);
        badTime.set(0, new DayHours(DayOfWeek.MONDAY, true, "8 pagi", "16:00"));
        assertEquals("calendar.hours.badTime", problem(() -> admin.setHours(kupang, ServiceKind.CONSULTATION,
                badTime)));

        recorder.clear();
        admin.setHours(kupang, ServiceKind.CONSULTATION, week.apply(15));
        assertEquals(1, recorder.seen().size());
        assertNull(recorder.seen().get(0).from(), "service hours count on every day: every open request again");
        List<DayHours> saved = admin.week(kupang.getOffice().getId(), ServiceKind.CONSULTATION);
        assertEquals("15:00", saved.get(4).closes());
        assertTrue(!saved.get(5).open() && !saved.get(6).open());
        assertEquals(7, calendars.hours(kupang.getOffice().getId(), ServiceKind.HELPDESK).size(),
                "demo helpdesk hours: Monday to Sunday");
    }

    @Test
    void anOfficeRegimeWinsWhileValidAndNationalOnesAreReadOnly() {
        StaffAccount kupang = who("admin.kupang");
        long officeId = kupang.getOffice().getId();
        DeadlineRegime standard = regimes.applicable(officeId, RegimeScope.INFORMATION, LocalDate.of(2031, 6, 1))
                .orElseThrow();
        assertEquals("INFO_STANDARD", standard.getCode());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> regimes.add(kupang,
                new RegimeInput(RegimeScope.INFORMATION, "Tahapan", "Stages", RegimeClock.WORKING_DAYS, 0, 2, "",
                        LocalDate.of(2031, 12, 31), LocalDate.of(2031, 1, 1))));
        List<String> fields = e.problems().stream().map(InvalidInputException.Problem::field).toList();
        assertTrue(fields.containsAll(List.of("length", "legalBasis", "validTo")), fields.toString());

        DeadlineRegime stages = regimes.add(kupang, new RegimeInput(RegimeScope.INFORMATION,
                "Permohonan selama tahapan pemilu", "Requests during election stages", RegimeClock.WORKING_DAYS, 5, 2,
                "Keputusan KPU Kota Kupang tentang layanan selama tahapan", LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 12, 31)));
        assertEquals(stages.getId(), regimes.applicable(officeId, RegimeScope.INFORMATION, LocalDate.of(2031, 6, 1))
                .orElseThrow().getId());
        assertEquals(standard.getId(), regimes.applicable(officeId, RegimeScope.INFORMATION,
                LocalDate.of(2032, 1, 1)).orElseThrow().getId(), "after its validity the national one applies");
        assertEquals(standard.getId(), regimes.applicable(who("admin.mesuji").getOffice().getId(),
                RegimeScope.INFORMATION, LocalDate.of(2031, 6, 1)).orElseThrow().getId(), "other offices unaffected");
        assertEquals("OBJECTION", regimes.applicable(officeId, RegimeScope.OBJECTION, LocalDate.of(2031, 6, 1))
                .orElseThrow().getCode());
        assertTrue(regimes.forOffice(officeId).stream().anyMatch(r -> r.getId().equals(stages.getId())));

        assertEquals("regime.national.readOnly", problem(() -> regimes.deactivate(kupang, standard.getId())));
        assertEquals("regime.notFound", problem(() -> regimes.deactivate(who("admin.mesuji"), stages.getId())));
        regimes.deactivate(kupang, stages.getId());
        assertEquals(standard.getId(), regimes.applicable(officeId, RegimeScope.INFORMATION, LocalDate.of(2031, 6, 1))
                .orElseThrow().getId());
    }
}
