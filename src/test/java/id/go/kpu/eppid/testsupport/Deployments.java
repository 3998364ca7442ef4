package id.go.kpu.eppid.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The Arquillian deployment: the WAR the build just packaged (no hand-listed classes), plus test helpers. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("eppid.war", "target/eppid.war"));
        return ShrinkWrap.create(ZipImporter.class, "eppid.war").importFrom(war).as(WebArchive.class)
                .addClasses(TestFiles.class, Deployments.class, SampleRequests.class, Pdfs.class);
    }
}
