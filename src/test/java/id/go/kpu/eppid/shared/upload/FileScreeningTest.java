package id.go.kpu.eppid.shared.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.testsupport.HostileUploads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload checks without a server, in the order {@code RequestUploads.accept} applies them (name, size, type from
 * the bytes, {@link FileScreening}), over the whole hostile corpus and the well-formed control files. The same corpus
 * goes through the real API in {@code HostileUploadIT}.
 */
class FileScreeningTest {

    @TempDir
    Path dir;

    private final ContentInspector inspector = new ContentInspector();

    @Test
    void everyHostileUploadIsRefusedForAReason() throws IOException {
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        List<String> passed = new ArrayList<>();
        for (HostileUploads.Upload upload : HostileUploads.corpus()) {
            Optional<String> reason = refusal(upload);
            if (reason.isEmpty()) {
                passed.add(upload.category() + " " + upload.label());
            } else {
                reasons.merge(upload.category() + " → " + reason.get(), 1, Integer::sum);
            }
        }
        System.out.println("Hostile corpus refused: " + reasons);
        assertEquals(List.of(), passed, "hostile uploads that passed every check");
    }

    @Test
    void wellFormedFilesPass() throws IOException {
        for (HostileUploads.Upload upload : HostileUploads.wellFormed()) {
            assertEquals(Optional.empty(), refusal(upload), upload.label());
        }
    }

    @Test
    void whereOfficeFilesAreAllowedTheirBombsAreStillRefused() throws IOException {
        int checked = 0;
        for (HostileUploads.Upload upload : HostileUploads.corpus()) {
            ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(upload.content()));
            if (found.baseType().equals("application/x-tika-ooxml")) {
                Path file = Files.write(dir.resolve("data-" + checked), upload.content());
                assertEquals(Optional.of(FileScreening.Problem.COMPRESSION_BOMB),
                        FileScreening.screen(found.baseType(), file), upload.label());
                checked++;
            }
        }
        assertTrue(checked >= 3, "Office bombs in the corpus: " + checked);
    }

    @Test
    void everyProblemHasAMessageInBothLanguages() {
        for (Locale locale : Messages.SUPPORTED) {
            for (FileScreening.Problem p : FileScreening.Problem.values()) {
                String text = Messages.of(locale).get(p.messageKey());
                assertTrue(!text.equals(p.messageKey()) && text.length() > 20, locale + " " + p);
            }
        }
    }

    private Optional<String> refusal(HostileUploads.Upload upload) throws IOException {
        if (!UploadNames.isAcceptable(upload.fileName())) {
            return Optional.of("name");
        }
        if (upload.content().length > HostileUploads.MAX_ID_BYTES) {
            return Optional.of("size");
        }
        ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(upload.content()));
        if (!found.isAllowed(ContentInspector.ID_DOCUMENT)) {
            return Optional.of(found.isEmpty() ? "empty" : "type " + found.baseType());
        }
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), upload.content());
        try {
            return FileScreening.screen(found.baseType(), file).map(Enum::name);
        } finally {
            Files.delete(file);
        }
    }
}
