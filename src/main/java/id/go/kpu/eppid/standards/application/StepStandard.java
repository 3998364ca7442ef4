package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.standards.domain.StepProcess;
import java.util.Locale;

/**
 * One SOP step with its standard minutes as it applies to an office: the office's own row, or the national default.
 *
 * @param timed whether an existing action starts and ends the step, so that it can be measured
 * @param officeOwn whether the office overrides the national default
 * @param nationalMinutes the national default's standard minutes (the SOP's)
 */
public record StepStandard(StepProcess process, String code, int position, String nameId, String nameEn,
        int standardMinutes, boolean timed, String source, boolean officeOwn, int nationalMinutes)
        implements java.io.Serializable {

    /** The step's name in {@code locale} (Indonesian unless English). */
    public String name(Locale locale) {
        return Messages.supported(locale).getLanguage().equals("en") ? nameEn : nameId;
    }
}
