package id.go.kpu.eppid.request.application;

import id.go.kpu.eppid.request.domain.FileKind;
import java.io.Serializable;

/**
 * An uploaded file that passed the content check and waits in the staging area until its request is submitted.
 *
 * @param mediaType the type Tika detected from the bytes (never the declared one)
 */
public record AcceptedFile(FileKind kind, String stagedName, String originalName, String mediaType, long sizeBytes,
        String sha256) implements Serializable {
}
