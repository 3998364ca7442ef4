package id.go.kpu.eppid.helpdesk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * HD-8 (seed 001 C.a.5–6): the levels a consultation climbs when the helpdesk cannot answer it — the Commissioner of
 * the office that received it, then the helpdesk of each office above, up to the national one. A district's path is
 * district Commissioner → provincial helpdesk → national helpdesk; the national helpdesk's is its Commissioner only.
 */
public final class EscalationPath {

    /** One level: its number (from 1), the office, and whether it is that office's Commissioner or its helpdesk. */
    public record Level(int number, long officeId, boolean commissioner) {
    }

    private final List<Level> levels;

    /** @param officeChain the office that received the consultation, then its parent, and so on to the top */
    public EscalationPath(List<Long> officeChain) {
        if (officeChain.isEmpty()) {
            throw new IllegalArgumentException("no office");
        }
        List<Level> list = new ArrayList<>();
        list.add(new Level(1, officeChain.get(0), true));
        for (int i = 1; i < officeChain.size(); i++) {
            list.add(new Level(i + 1, officeChain.get(i), false));
        }
        this.levels = List.copyOf(list);
    }

    public List<Level> levels() {
        return levels;
    }

    /** The level with this number. */
    public Level level(int number) {
        return levels.get(number - 1);
    }

    /** Whether a level above {@code number} exists. */
    public boolean hasAbove(int number) {
        return number < levels.size();
    }
}
