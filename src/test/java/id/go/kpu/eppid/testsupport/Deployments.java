package id.go.kpu.eppid.testsupport;

import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Arquillian deployment: the WAR the build just packaged (no hand-listed classes), plus the test helpers, the test
 * classes that run inside the server and their test-only beans. Every test class asks for this same archive, so
 * {@link ReusedDeployment} serves the whole suite with one Payara Micro. (An in-server test missing from the list still
 * runs: Arquillian adds it to its own archive, which then differs and gets a server of its own.)
 */
public final class Deployments {

    /** By name: the test classes are package-private in their features' packages. */
    private static final List<String> IN_SERVER = List.of(
            "deadline.it.CalendarAdminIT", "deadline.it.CalendarChangedRecorder", "deadline.it.DeadlineIT",
            "consultation.it.ConsultationIT",
            "delivery.it.DeliveryIT",
            "helpdesk.it.HelpdeskEscalationIT",
            "outgoing.it.OutgoingLettersIT", "outgoing.it.TestLetterFacts",
            "processing.it.DecisionIT", "processing.it.WorkflowIT",
            "report.it.AnnualReportIT",
            "request.it.IntakeIT",
            "shared.upload.it.UploadSoakIT",
            "standards.it.StandardsIT", "standards.it.StandardsFixtures");

    private Deployments() {
    }

    private static Class<?> testClass(String name) {
        try {
            return Class.forName("id.go.kpu.eppid." + name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Deployments.IN_SERVER names a class that is not there: " + name, e);
        }
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("eppid.war", "target/eppid.war"));
        return ShrinkWrap.create(ZipImporter.class, "eppid.war").importFrom(war).as(WebArchive.class)
                .addClasses(TestFiles.class, Deployments.class, SampleRequests.class, Pdfs.class, MultipartBody.class)
                .addClasses(IN_SERVER.stream().map(Deployments::testClass).toArray(Class<?>[]::new));
    }
}
