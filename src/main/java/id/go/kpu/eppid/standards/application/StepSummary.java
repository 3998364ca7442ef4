package id.go.kpu.eppid.standards.application;

import id.go.kpu.eppid.standards.domain.StepStatistics;

/**
 * A step's measured times against its standard, for the whole office or for one official.
 *
 * @param official the official's username, or null for the office as a whole
 * @param officialName the official's name, or null
 */
public record StepSummary(StepStandard step, StepStatistics stats, String official, String officialName)
        implements java.io.Serializable {
}
