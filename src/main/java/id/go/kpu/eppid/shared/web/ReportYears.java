package id.go.kpu.eppid.shared.web;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The year a register, report or statistics page shows ({@code ?year=}): from 2008, the year of UU 14/2008, to this
 * year; anything else (absent, not a year, in the future) is this year.
 */
public final class ReportYears {

    /** The first year a public body kept these registers. */
    public static final int FIRST = 2008;

    private ReportYears() {
    }

    /** The year asked for, or {@code thisYear}. */
    public static int of(String param, int thisYear) {
        if (param != null && param.matches("\\d{4}")) {
            int y = Integer.parseInt(param);
            if (y >= FIRST && y <= thisYear) {
                return y;
            }
        }
        return thisYear;
    }

    /** This year and the {@code before} years before it, newest first (the page's year links). */
    public static List<Integer> recent(int thisYear, int before) {
        return IntStream.rangeClosed(0, before).mapToObj(i -> thisYear - i).filter(y -> y >= FIRST).toList();
    }

    /** The request's {@code ?year=} on a Faces page. */
    public static int requested(int thisYear) {
        return of(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("year"), thisYear);
    }
}
