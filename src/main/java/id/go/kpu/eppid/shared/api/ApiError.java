package id.go.kpu.eppid.shared.api;

import java.util.List;

/**
 * The body of every API error: a machine-readable {@code code}, a human {@code message} in the caller's language,
 * and for invalid input one entry per field.
 */
public record ApiError(String code, String message, List<FieldProblem> problems) {

    /** One invalid field: its name, the problem's code (a bundle key) and message. */
    public record FieldProblem(String field, String code, String message) {
    }

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }
}
