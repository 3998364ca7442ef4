package id.go.kpu.eppid.shared.upload;

import java.io.IOException;

/**
 * A {@link FileStore} refused to write: its disk has less free space than the store keeps free. Nothing was written.
 * Refusing early keeps the last of the disk for the database and the logs, and gives the user a "send it again later"
 * instead of a write that fails halfway (issue 8, faults).
 */
public class StorageFullException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long usableBytes;
    private final long minFreeBytes;

    public StorageFullException(String store, long usableBytes, long minFreeBytes) {
        super("Upload folder " + store + " has " + usableBytes / FileStore.MB + " MB free, less than the "
                + minFreeBytes / FileStore.MB + " MB it keeps free");
        this.usableBytes = usableBytes;
        this.minFreeBytes = minFreeBytes;
    }

    /** The free space found. */
    public long usableBytes() {
        return usableBytes;
    }

    /** The free space the store keeps. */
    public long minFreeBytes() {
        return minFreeBytes;
    }
}
