package id.go.kpu.eppid.shared.validation;

import java.util.List;

/**
 * Input that breaks a rule, with one or more field problems given as bundle keys, so every channel (form, API) can
 * say what is wrong in the user's language while keeping what was typed.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem: the field it is about (as named in the command), the bundle key and its arguments. */
    public record Problem(String field, String key, Object... args) {
    }

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String key, Object... args) {
        this(List.of(new Problem(field, key, args)));
    }

    /** Throws when {@code problems} holds any: the usual end of a validation that collects every problem first. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }
}
