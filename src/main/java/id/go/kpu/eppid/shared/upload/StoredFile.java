package id.go.kpu.eppid.shared.upload;

/**
 * A file kept by {@link FileStore}.
 *
 * @param storedName the name the store generated, {@code yyyy/MM/<uuid>}; the only handle to the file (keep it in the
 *                   database, never show it as a URL)
 * @param sizeBytes  the number of bytes written
 * @param sha256Hex  the SHA-256 of the bytes, 64 lower-case hex digits
 */
public record StoredFile(String storedName, long sizeBytes, String sha256Hex) {
}
