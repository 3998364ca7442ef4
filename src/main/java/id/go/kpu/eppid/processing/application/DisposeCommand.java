package id.go.kpu.eppid.processing.application;

import id.go.kpu.eppid.processing.domain.DispositionPriority;
import java.time.LocalDate;

/** A written disposition as the Chair or Secretary fills it in (REQ-4). */
public record DisposeCommand(Long toOfficialId, String instructions, DispositionPriority priority, LocalDate dueBy) {
}
