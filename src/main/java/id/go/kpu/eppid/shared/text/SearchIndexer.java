package id.go.kpu.eppid.shared.text;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** At start-up, indexes the rows of every {@link SearchIndex} that came without searchable words. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SearchIndexer {

    @Inject
    @Any
    private Instance<SearchIndex> indexes;

    @PostConstruct
    void index() {
        for (SearchIndex index : indexes) {
            int n = index.indexMissing();
            if (n > 0) {
                System.getLogger(SearchIndexer.class.getName()).log(System.Logger.Level.INFO,
                        "{0}: {1} rows indexed", index.getClass().getSimpleName(), n);
            }
        }
    }
}
