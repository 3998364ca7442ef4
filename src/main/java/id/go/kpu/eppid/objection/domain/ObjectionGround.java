package id.go.kpu.eppid.objection.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * LAW-3: the seven grounds of an objection, UU 14/2008 Pasal 35 ayat (1) huruf a–g. Stored by their letter, in the
 * order of the article.
 */
public enum ObjectionGround {
    /** a. refusal of the request on the grounds of an exception under Pasal 17. */
    REFUSED_UNDER_ARTICLE_17('a'),
    /** b. periodic information (Pasal 9) not published. */
    PERIODIC_NOT_PUBLISHED('b'),
    /** c. the request was not answered. */
    NOT_ANSWERED('c'),
    /** d. the request was answered not as requested. */
    NOT_AS_REQUESTED('d'),
    /** e. the request was not fulfilled. */
    NOT_FULFILLED('e'),
    /** f. an unreasonable cost was charged. */
    UNREASONABLE_COST('f'),
    /** g. the information was given later than the law allows. */
    ANSWERED_LATE('g');

    private final char letter;

    ObjectionGround(char letter) {
        this.letter = letter;
    }

    /** The letter of Pasal 35 ayat (1): a … g. */
    public char letter() {
        return letter;
    }

    /** The grounds as stored: their letters in article order, e.g. "a,c". */
    public static String encode(Set<ObjectionGround> grounds) {
        return grounds.stream().sorted().map(g -> String.valueOf(g.letter)).collect(Collectors.joining(","));
    }

    /** The grounds from their stored letters; unknown letters are ignored. */
    public static Set<ObjectionGround> decode(String letters) {
        Set<ObjectionGround> grounds = EnumSet.noneOf(ObjectionGround.class);
        if (letters != null) {
            for (String part : letters.split(",")) {
                String p = part.trim().toLowerCase(Locale.ROOT);
                Arrays.stream(values()).filter(g -> p.length() == 1 && g.letter == p.charAt(0)).forEach(grounds::add);
            }
        }
        return grounds;
    }
}
