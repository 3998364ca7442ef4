package id.go.kpu.eppid.survey.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The community satisfaction index (IKM, REQ-10, LAW-5) of a set of survey responses, computed as PermenPAN-RB
 * 14/2017 prescribes:
 * <ol>
 * <li>the average score (nilai rata-rata, NRR) of each element U1 … U9 over the answers it received;</li>
 * <li>each average weighted equally, ×1/9 (the regulation's "bobot nilai rata-rata tertimbang" = 1/9, printed
 * rounded as 0.111 — here the exact ninth, so nine perfect averages give exactly 4 and 100);</li>
 * <li>the IKM, the sum of the weighted averages (1 … 4), and the service unit's index, IKM × 25 (25 … 100);</li>
 * <li>the grade of the index rounded to two decimals: A (88.31–100, sangat baik), B (76.61–88.30, baik), C (65.00–76.60,
 * kurang baik), D (25.00–64.99, tidak baik).</li>
 * </ol>
 *
 * @param respondents the number of responses counted
 * @param elements one line per element, U1 … U9, with its answers, average and weighted average
 * @param ikm the sum of the weighted averages, 1 … 4 (full precision)
 * @param index IKM × 25, rounded to two decimals
 * @param grade the grade of {@code index}; null when there are no answers
 */
public record SatisfactionIndex(long respondents, List<Element> elements, BigDecimal ikm, BigDecimal index,
        Grade grade) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

    /** The grade bands of the index (Lampiran PermenPAN-RB 14/2017, tabel nilai persepsi). */
    public enum Grade {
        /** Sangat baik: 88.31–100. */
        A("88.31"),
        /** Baik: 76.61–88.30. */
        B("76.61"),
        /** Kurang baik: 65.00–76.60. */
        C("65.00"),
        /** Tidak baik: 25.00–64.99. */
        D("25.00");

        private final BigDecimal from;

        Grade(String from) {
            this.from = new BigDecimal(from);
        }

        /** The lowest index of the band. */
        public BigDecimal from() {
            return from;
        }

        /** The grade of an index already rounded to two decimals. */
        public static Grade of(BigDecimal index) {
            for (Grade g : values()) {
                if (index.compareTo(g.from) >= 0) {
                    return g;
                }
            }
            return D;
        }
    }

    /**
     * One element's line.
     *
     * @param total the sum of its scores
     * @param answers how many answers it received
     * @param average the average score (NRR), full precision; zero without answers
     * @param weighted the average × 1/9
     */
    public record Element(SurveyElement element, long total, long answers, BigDecimal average, BigDecimal weighted) {

        /** The average as the report prints it (three decimals). */
        public BigDecimal averageRounded() {
            return average.setScale(3, RoundingMode.HALF_UP);
        }

        /** The average as a share of the scale's top (for a bar), 0 … 100. */
        public int percentOfMax() {
            return average.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(SurveyElement.MAX_SCORE),
                    0, RoundingMode.HALF_UP).intValue();
        }
    }

    /** The sum and count of one element's scores. */
    public record Tally(long total, long answers) {
    }

    /**
     * Computes the index from each element's tally (elements without answers count as zero and leave the index
     * incomplete, as the regulation requires every element to be asked).
     */
    public static SatisfactionIndex of(long respondents, Map<SurveyElement, Tally> tallies) {
        List<Element> lines = new ArrayList<>();
        BigDecimal ikm = BigDecimal.ZERO;
        boolean any = false;
        for (SurveyElement e : SurveyElement.values()) {
            Tally t = tallies.getOrDefault(e, new Tally(0, 0));
            BigDecimal average = t.answers() == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(t.total()).divide(BigDecimal.valueOf(t.answers()), PRECISION);
            BigDecimal weighted = average.divide(NINE, PRECISION);
            lines.add(new Element(e, t.total(), t.answers(), average, weighted));
            ikm = ikm.add(weighted, PRECISION);
            any |= t.answers() > 0;
        }
        if (!any) {
            return new SatisfactionIndex(respondents, lines, BigDecimal.ZERO, BigDecimal.ZERO, null);
        }
        BigDecimal index = ikm.multiply(TWENTY_FIVE, PRECISION).setScale(2, RoundingMode.HALF_UP);
        return new SatisfactionIndex(respondents, lines, ikm, index, Grade.of(index));
    }

    /** The index of responses given as score rows, each nine scores in the order U1 … U9 (for tests and builders). */
    public static SatisfactionIndex ofRows(List<int[]> rows) {
        Map<SurveyElement, Tally> tallies = new EnumMap<>(SurveyElement.class);
        for (int[] row : rows) {
            for (SurveyElement e : SurveyElement.values()) {
                Tally t = tallies.getOrDefault(e, new Tally(0, 0));
                tallies.put(e, new Tally(t.total() + row[e.ordinal()], t.answers() + 1));
            }
        }
        return of(rows.size(), tallies);
    }

    /** The IKM as the report prints it (three decimals). */
    public BigDecimal ikmRounded() {
        return ikm.setScale(3, RoundingMode.HALF_UP);
    }
}
