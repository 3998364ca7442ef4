package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.standards.domain.StepProcess;

/** How long one step of one request took, against its standard. */
public record StepDuration(StepProcess process, String code, long seconds, int standardMinutes, String official) {

    public boolean overStandard() {
        return seconds > standardMinutes * 60L;
    }
}
