package id.go.kpu.eppid.outgoing.domain;

import id.go.kpu.eppid.shared.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office's outgoing-letter number format (nomor surat keluar), e.g. {@code {seq}/PP.01-SD/{office}/{romanMonth}/{year}}
 * → {@code 007/PP.01-SD/5371/XI/2026}. Tokens:
 * <ul>
 * <li>{@code {seq}} — the number in the office's yearly series, at least three digits ({@code 007}, {@code 1234});</li>
 * <li>{@code {office}} — the office code (e.g. {@code 5371});</li>
 * <li>{@code {romanMonth}} — the month of the letter in Roman numerals (I–XII), as KPU letters write it;</li>
 * <li>{@code {month}} — the month as two digits ({@code 01}–{@code 12});</li>
 * <li>{@code {year}} — the four-digit year.</li>
 * </ul>
 * A format must contain {@code {seq}} and {@code {year}} (the series restarts every year, so both together make a
 * number unique), use only these tokens and be at most {@value #MAX_LENGTH} characters. Immutable.
 */
public final class LetterNumberFormat {

    /** The format every office starts with (the migration's column default). */
    public static final String DEFAULT = "{seq}/PP.01-SD/{office}/{romanMonth}/{year}";
    /** Longest format accepted. */
    public static final int MAX_LENGTH = 80;
    /** Longest number a format may produce (the column length). */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final Set<String> TOKENS = Set.of("seq", "office", "romanMonth", "month", "year");
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ./\\-_(){}:]+");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final String pattern;

    private LetterNumberFormat(String pattern) {
        this.pattern = pattern;
    }

    /**
     * The format after checking it.
     *
     * @throws InvalidInputException (field {@code numberFormat}) when blank, too long, missing {@code {seq}} or
     *                               {@code {year}}, naming an unknown token, or holding characters other than
     *                               letters, digits, space and {@code . / - _ ( ) :}
     */
    public static LetterNumberFormat of(String pattern) {
        String p = pattern == null ? "" : pattern.strip();
        if (p.isEmpty()) {
            throw new InvalidInputException("numberFormat", "validation.required");
        }
        if (p.length() > MAX_LENGTH) {
            throw new InvalidInputException("numberFormat", "validation.tooLong", MAX_LENGTH);
        }
        if (!ALLOWED.matcher(p).matches()) {
            throw new InvalidInputException("numberFormat", "outgoing.numberFormat.characters");
        }
        Matcher m = TOKEN.matcher(p);
        while (m.find()) {
            if (!TOKENS.contains(m.group(1))) {
                throw new InvalidInputException("numberFormat", "outgoing.numberFormat.unknownToken", m.group());
            }
        }
        String rest = TOKEN.matcher(p).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            throw new InvalidInputException("numberFormat", "outgoing.numberFormat.braces");
        }
        if (!p.contains("{seq}") || !p.contains("{year}")) {
            throw new InvalidInputException("numberFormat", "outgoing.numberFormat.seqAndYear");
        }
        return new LetterNumberFormat(p);
    }

    /** The number of the {@code seq}-th letter of the year, dated {@code date}, of the office with {@code officeCode}. */
    public String format(int seq, String officeCode, LocalDate date) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be positive");
        }
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(date, "date");
        String number = pattern
                .replace("{seq}", String.format("%03d", seq))
                .replace("{office}", officeCode)
                .replace("{romanMonth}", romanMonth(date.getMonthValue()))
                .replace("{month}", String.format("%02d", date.getMonthValue()))
                .replace("{year}", String.valueOf(date.getYear()));
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw new IllegalStateException("letter number too long");
        }
        return number;
    }

    /** The month 1–12 in Roman numerals, I–XII. */
    public static String romanMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        return ROMAN[month - 1];
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LetterNumberFormat other && pattern.equals(other.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
