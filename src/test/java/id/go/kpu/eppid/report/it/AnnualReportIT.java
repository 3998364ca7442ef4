package id.go.kpu.eppid.report.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.demo.YearOfRequests;
import id.go.kpu.eppid.office.application.OfficeDirectory;
import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.report.application.AnnualReportDocuments;
import id.go.kpu.eppid.report.application.ServiceReports;
import id.go.kpu.eppid.report.domain.ServiceFigures;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.shared.persistence.PortalDataSource;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.Pdfs;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LAW-4, REQ-10: a year of requests made by the repeatable builder ({@link YearOfRequests}) for KPU Kota Kupang is
 * reported exactly as built — received by month and channel, outcomes, refusals by Pasal 17 category, open and
 * withdrawn, working days (average and 90th percentile), on time, extensions, objections and disputes, and the IKM —
 * for the office and rolled up for its province and nationally (no other office has requests that year).
 */
@ExtendWith(ArquillianExtension.class)
class AnnualReportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;
    @Inject
    ServiceReports reports;
    @Inject
    OfficeDirectory offices;

    /** A past year without any request (a rerun on the same database takes the next one). */
    private int emptyYear(Connection c) throws Exception {
        for (int year = 2010; year < 2020; year++) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM service_request WHERE reg_year = ?")) {
                s.setInt(1, year);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) == 0) {
                        return year;
                    }
                }
            }
        }
        throw new AssertionError("no empty year left in 2010–2019");
    }

    private static void assertSame(YearOfRequests.Counts built, ServiceFigures f) {
        assertEquals(built.received(), f.received());
        assertArrayEquals(built.byMonth(), f.byMonth());
        assertEquals(built.byChannel(), f.byChannel());
        assertEquals(built.outcomes(), f.outcomes());
        assertEquals(built.refusedByCategory(), f.refusedByCategory());
        assertEquals(built.open(), f.open());
        assertEquals(built.withdrawn(), f.withdrawn());
        assertEquals(built.extensions(), f.extensions());
        assertEquals(built.onTime(), f.onTime());
        List<Integer> days = new ArrayList<>(built.workingDays());
        Collections.sort(days);
        assertEquals(BigDecimal.valueOf(days.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP), f.averageDays());
        assertEquals(days.get((int) Math.ceil(0.9 * days.size()) - 1), f.p90Days());
        assertEquals(built.objections(), f.objections());
        assertEquals(built.objectionAnswers(), f.objectionAnswers());
        assertEquals(built.objectionsPending(), f.objectionsPending());
        assertEquals(built.disputes(), f.disputes());
    }


    @Test
    void aBuiltYearIsReportedAsBuilt() throws Exception {
        Office kupang = offices.findByCode("5371").orElseThrow();
        YearOfRequests.Counts built;
        int year;
        try (Connection c = dataSource.getConnection()) {
            year = emptyYear(c);
            built = YearOfRequests.build(c, kupang.getId(), year, 400, 20_261_122L);
        }
        assertEquals(400, built.received());
        assertTrue(built.outcomes().size() == 4 && built.open() > 0 && built.withdrawn() > 0
                && built.extensions() > 0 && built.objections() > 0 && built.disputes() > 0
                && !built.refusedByCategory().isEmpty() && built.ikm().respondents() > 50,
                "the builder makes every kind of case: " + built);

        ServiceReports.Report report = reports.of(kupang, false, year);
        assertSame(built, report.figures());
        assertEquals(built.ikm().respondents(), report.ikm().respondents());
        assertEquals(built.ikm().index(), report.ikm().index());
        assertEquals(built.ikm().grade(), report.ikm().grade());
        assertEquals(built.ikm().elements(), report.ikm().elements());

        // the printed report says the same (the PDF is kept in the temp folder to be looked at)
        byte[] pdf = AnnualReportDocuments.pdf(report, Messages.of(Messages.INDONESIAN));
        java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "eppid-annual-report-" + year + ".pdf"), pdf);
        String text = Pdfs.text(pdf);
        String compact = text.replace(" ", "");
        assertTrue(text.contains("LAPORAN LAYANAN INFORMASI PUBLIK TAHUN " + year)
                && (compact.contains("Permohonaninformasi:" + built.received())
                || compact.contains("Permohonaninformasiditerima:" + built.received())), text);
        assertTrue(text.contains(report.ikm().index().toPlainString()), text);

        // the same year rolled up for Nusa Tenggara Timur and nationally: only Kupang has requests that year
        Office province = offices.findByCode("53").orElseThrow();
        ServiceReports.Report rolled = reports.of(province, true, year);
        assertTrue(rolled.officeCount() > 1);
        assertSame(built, rolled.figures());
        assertSame(built, reports.of(offices.findByCode("RI").orElseThrow(), true, year)
                .figures());
        // the next year is still empty: the report of any year is computed from that year's records alone
        assertEquals(0, reports.of(kupang, false, year + 1).figures().received());
    }
}
