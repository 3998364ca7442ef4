package id.go.kpu.eppid.shared.text;

/**
 * Records searched by their {@link IndonesianText} words (the FAQ, the list of public information): rows added by
 * SQL (the demo data) come without words and are given them at start-up by {@link SearchIndexer}.
 */
public interface SearchIndex {

    /** Gives the rows without searchable words their words; returns how many. */
    int indexMissing();
}
