package id.go.kpu.eppid.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kpu.eppid.shared.upload.StorageFullException;
import id.go.kpu.eppid.shared.upload.StorageUnavailableException;
import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 8, faults: what answers 503 "send again", and with which message, however deeply it is wrapped. */
class OutageTest {

    @Test
    void aFullOrFailingUploadDiskIsAStorageOutage() {
        assertEquals(Optional.of(Outage.STORAGE), Outage.of(new FacesException(new StorageUnavailableException(
                new StorageFullException("/srv/uploads/staging", 10 * 1024 * 1024, 512L * 1024 * 1024)))));
        assertEquals(Optional.of(Outage.STORAGE), Outage.of(new StorageUnavailableException(
                new IOException("No space left on device"))));
        assertEquals("error.storage.form", Outage.STORAGE.formKey());
        assertEquals("api.error.storage", Outage.STORAGE.apiKey());
        assertEquals(60, Outage.STORAGE.retryAfterSeconds());
    }

    @Test
    void anUnreachableDatabaseIsADatabaseOutage() {
        assertEquals(Optional.of(Outage.DATABASE), Outage.of(new PersistenceException(
                new SQLException("Communications link failure", "08S01"))));
        assertEquals("error.unavailable.form", Outage.DATABASE.formKey());
        assertEquals(10, Outage.DATABASE.retryAfterSeconds());
    }

    @Test
    void bugsAndOtherFailuresAreNoOutage() {
        assertEquals(Optional.empty(), Outage.of(new NullPointerException()));
        assertEquals(Optional.empty(), Outage.of(new IOException("No space left on device"))); // not marked: a bug
        assertEquals(Optional.empty(), Outage.of(new SQLException("syntax", "42000")));
    }
}
