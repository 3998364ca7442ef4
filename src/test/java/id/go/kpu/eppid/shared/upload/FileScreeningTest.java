package id.go.kpu.eppid.shared.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.testsupport.HostileUploads;
import id.go.kpu.eppid.testsupport.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * A ZIP hidden in a JPEG's comments, its end record across a 64 KB boundary: found whether the file is read into
     * the heap (up to 1 MB) or, larger, searched through a memory map a chunk at a time; the same large JPEG without
     * it passes.
     */
    @Test
    void aZipAcrossAChunkBoundaryIsFoundInSmallAndLargeImages() throws IOException {
        byte[] zip = HostileUploads.zip(Map.of("shell.php", "<?php echo 1;".getBytes(StandardCharsets.US_ASCII)));
        int boundary = 3 * 64 * 1024;
        byte[] large = jpegWithComments(boundary + 14 - zip.length, zip, FileScreening.READ_INTO_HEAP);
        byte[] small = jpegWithComments(boundary + 14 - zip.length, zip, 0);
        byte[] clean = jpegWithComments(boundary, new byte[0], FileScreening.READ_INTO_HEAP);
        assertTrue(large.length > FileScreening.READ_INTO_HEAP && small.length < FileScreening.READ_INTO_HEAP);
        assertEquals(boundary - 2, indexOf(large, new byte[] {'P', 'K', 5, 6}), "end record across the boundary");
        assertEquals(Optional.of(FileScreening.Problem.HIDDEN_CONTENT), screenJpeg("large.jpg", large));
        assertEquals(Optional.of(FileScreening.Problem.HIDDEN_CONTENT), screenJpeg("small.jpg", small));
        assertEquals(Optional.empty(), screenJpeg("clean.jpg", clean));
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

    private Optional<FileScreening.Problem> screenJpeg(String name, byte[] content) throws IOException {
        return FileScreening.screen("image/jpeg", Files.write(dir.resolve(name), content));
    }

    /** A small JPEG with comment segments: {@code before} bytes of them, one holding {@code inside}, then more. */
    private static byte[] jpegWithComments(int before, byte[] inside, int after) {
        byte[] jpeg = TestFiles.smallJpeg();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        comments(out, before);
        out.writeBytes(HostileUploads.segment(0xFE, inside));
        comments(out, after);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Comment segments of exactly {@code bytes} bytes, headers included (none for 0). */
    private static void comments(ByteArrayOutputStream out, int bytes) {
        int left = bytes;
        while (left > 0) {
            int take = left > 65_537 ? Math.min(65_537, left - 4) : left;
            byte[] text = new byte[take - 4];
            Arrays.fill(text, (byte) 'x');
            out.writeBytes(HostileUploads.segment(0xFE, text));
            left -= take;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
