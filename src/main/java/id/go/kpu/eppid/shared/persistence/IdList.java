package id.go.kpu.eppid.shared.persistence;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Ids written into a native statement's {@code IN (…)}: numbers from the database only (offices of a roll-up, a
 * viewer's publishing offices), never text a user typed. An empty list matches nothing.
 */
public final class IdList {

    private IdList() {
    }

    /** {@code "1,2,3"}, or {@code "-1"} for none. */
    public static String of(Collection<Long> ids) {
        return ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
