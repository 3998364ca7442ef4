package id.go.kpu.eppid.helpdesk.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At start-up, indexes FAQ entries that came without searchable words (added by SQL, such as the demo data). */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FaqIndexer {

    @Inject
    private FaqCatalog catalog;

    @PostConstruct
    void index() {
        int n = catalog.indexMissing();
        if (n > 0) {
            System.getLogger(FaqIndexer.class.getName()).log(System.Logger.Level.INFO, "FAQ entries indexed: {0}", n);
        }
    }
}
