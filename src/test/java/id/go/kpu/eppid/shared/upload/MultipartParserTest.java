package id.go.kpu.eppid.shared.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds real multipart bodies, built as bytes, through a fake container request that fails the test if anyone asks
 * it for parts or parameters.
 */
class MultipartParserTest {

    static final String KUPANG = "Kupang – Nusa Tenggara Timur";

    @TempDir
    Path temp;

    private MultipartParser.Builder parser() {
        return MultipartParser.builder().tempDir(temp).memoryThreshold(1024).maxFileSize(100_000)
                .maxRequestSize(300_000);
    }

    @Test
    void parsesUtf8FieldsAndFiles() throws Exception {
        byte[] small = "hello".getBytes(StandardCharsets.US_ASCII);
        byte[] large = randomBytes(50_000);
        Body body = new Body()
                .field("kota", KUPANG)
                .field("pilihan", "satu")
                .field("pilihan", "dua")
                .file("ktp", "ktp kecil.jpg", "image/jpeg", small)
                .file("surat", "surat–permohonan.pdf", "application/pdf", large)
                .field("catatan", "Ñandú ✓ 日本");
        FakeRequest fake = FakeRequest.multipart(body);
        try (ParsedMultipart parsed = parser().build().parse(fake.proxy())) {
            assertEquals(List.of(KUPANG), parsed.fieldValues("kota"));
            assertEquals(KUPANG, parsed.field("kota").orElseThrow());
            assertEquals(List.of("satu", "dua"), parsed.fieldValues("pilihan"));
            assertEquals("Ñandú ✓ 日本", parsed.field("catatan").orElseThrow());
            assertEquals(List.of("kota", "pilihan", "catatan"), List.copyOf(parsed.fields().keySet()));
            assertFalse(parsed.fields().containsKey("ktp"), "file parts are not fields");
            assertThrows(UnsupportedOperationException.class, () -> parsed.fields().put("x", List.of()));

            assertEquals(2, parsed.files().size());
            UploadedFile ktp = parsed.file("ktp").orElseThrow();
            assertEquals("ktp", ktp.fieldName());
            assertEquals("ktp kecil.jpg", ktp.fileName());
            assertEquals("image/jpeg", ktp.declaredContentType());
            assertEquals(5, ktp.size());
            assertTrue(ktp.isInMemory());
            assertArrayEquals(small, read(ktp));

            UploadedFile surat = parsed.file("surat").orElseThrow();
            assertEquals("surat–permohonan.pdf", surat.fileName(), "UTF-8 file names survive");
            assertEquals(large.length, surat.size());
            assertFalse(surat.isInMemory(), "above the threshold the bytes go to a temp file");
            assertArrayEquals(large, read(surat));
            assertArrayEquals(large, read(surat), "open() can be called again");
            assertEquals(1, listTemp().size(), "one temp file while the request lives");
        }
        assertTrue(listTemp().isEmpty(), "close() deleted every temp file");
        assertTrue(fake.forbiddenCalls.isEmpty(), "container parts/parameters were asked for: " + fake.forbiddenCalls);
    }

    @Test
    void closeDeletesManyTempFilesAndIsIdempotent() throws Exception {
        Body body = new Body();
        for (int i = 0; i < 5; i++) {
            body.file("lampiran", "f" + i + ".bin", "application/octet-stream", randomBytes(4000 + i));
        }
        ParsedMultipart parsed = parser().build().parse(FakeRequest.multipart(body).proxy());
        assertEquals(5, listTemp().size());
        assertEquals(5, parsed.files("lampiran").size());
        parsed.close();
        assertTrue(parsed.isClosed());
        assertTrue(listTemp().isEmpty());
        parsed.close();
        UploadedFile first = parsed.files().get(0);
        assertThrows(IllegalStateException.class, first::open);
    }

    @Test
    void sanitisesFileNames() throws Exception {
        Body body = new Body()
                .file("a", "../../etc/passwd", "text/plain", new byte[] {1})
                .file("b", "C:\\fakepath\\ktp.jpg", "image/jpeg", new byte[] {2})
                .file("c", "foto\u202Egpj.exe", "image/jpeg", new byte[] {3})
                .file("d", "nul\u0000byte\u0007bell\u001b.png", "image/png", new byte[] {4})
                .file("e", "x".repeat(300) + ".pdf", "application/pdf", new byte[] {5})
                .file("f", "..", "text/plain", new byte[] {6});
        try (ParsedMultipart parsed = parser().build().parse(FakeRequest.multipart(body).proxy())) {
            assertEquals("passwd", parsed.file("a").orElseThrow().fileName());
            assertEquals("ktp.jpg", parsed.file("b").orElseThrow().fileName());
            assertEquals("fotogpj.exe", parsed.file("c").orElseThrow().fileName());
            assertEquals("nulbytebell.png", parsed.file("d").orElseThrow().fileName());
            String capped = parsed.file("e").orElseThrow().fileName();
            assertEquals(UploadedFile.MAX_FILE_NAME_LENGTH, capped.length());
            assertTrue(capped.endsWith(".pdf"), capped);
            assertEquals("unnamed", parsed.file("f").orElseThrow().fileName());
        }
    }

    @Test
    void sanitizeFileNameRules() {
        assertEquals("", UploadedFile.sanitizeFileName(null));
        assertEquals("", UploadedFile.sanitizeFileName(""));
        assertEquals("passwd", UploadedFile.sanitizeFileName("../../etc/passwd"));
        assertEquals("passwd", UploadedFile.sanitizeFileName("..\\..\\etc\\passwd"));
        assertEquals("invoicefdp.exe", UploadedFile.sanitizeFileName("invoice\u202Efdp.exe"));
        assertEquals("ab.txt", UploadedFile.sanitizeFileName("a\u2066\u200Bb.txt\u0000"));
        assertEquals("a_b_c.txt", UploadedFile.sanitizeFileName("a:b?c.txt"));
        assertEquals("_x_.jpg", UploadedFile.sanitizeFileName("\"x\".jpg"));
        assertEquals("hidden", UploadedFile.sanitizeFileName(" .hidden. "));
        assertEquals("line.txt", UploadedFile.sanitizeFileName("li\r\nne.txt"));
        assertEquals("unnamed", UploadedFile.sanitizeFileName("\u202E\u0000"));
        assertEquals("Surat Pernyataan – Kupang.pdf", UploadedFile.sanitizeFileName("Surat Pernyataan – Kupang.pdf"));
        String emoji = "😀".repeat(250) + ".jpg";
        String capped = UploadedFile.sanitizeFileName(emoji);
        assertEquals(UploadedFile.MAX_FILE_NAME_LENGTH, capped.codePointCount(0, capped.length()));
        assertTrue(capped.endsWith("😀.jpg"), "no surrogate pair is split");
    }

    @Test
    void emptyFileInputArrivesAsEmptyFile() throws Exception {
        Body body = new Body().file("ktp", "", "application/octet-stream", new byte[0]).field("nama", "Ani");
        try (ParsedMultipart parsed = parser().build().parse(FakeRequest.multipart(body).proxy())) {
            assertEquals(1, parsed.files().size());
            UploadedFile empty = parsed.files().get(0);
            assertEquals("", empty.fileName());
            assertTrue(empty.isEmpty());
            assertTrue(parsed.file("ktp").isEmpty(), "file(name) skips inputs left empty");
            assertEquals("Ani", parsed.field("nama").orElseThrow());
        }
    }

    @Test
    void fileOverLimitIsRejectedWithFieldNameAndLimit() throws Exception {
        Body body = new Body()
                .field("nama", "Ani")
                .file("kecil", "a.bin", "application/octet-stream", randomBytes(5000))
                .file("ktp", "besar.jpg", "image/jpeg", randomBytes(100_001))
                .field("after", "x");
        UploadTooLargeException e = assertThrows(UploadTooLargeException.class,
                () -> parser().build().parse(FakeRequest.multipart(body).proxy()));
        assertEquals(UploadTooLargeException.Kind.FILE_SIZE, e.getKind());
        assertEquals("ktp", e.getFieldName());
        assertEquals("besar.jpg", e.getFileName());
        assertEquals(100_000, e.getLimit());
        assertTrue(e.getMessage().contains("ktp"), e.getMessage());
        assertTrue(listTemp().isEmpty(), "a failed parse leaves no temp file");
    }

    @Test
    void fileExactlyAtLimitIsAccepted() throws Exception {
        byte[] data = randomBytes(100_000);
        Body body = new Body().file("ktp", "pas.jpg", "image/jpeg", data);
        try (ParsedMultipart parsed = parser().build().parse(FakeRequest.multipart(body).proxy())) {
            assertArrayEquals(data, read(parsed.file("ktp").orElseThrow()));
        }
        assertTrue(listTemp().isEmpty());
    }

    @Test
    void skipModeDropsOversizedFileAndKeepsLaterFields() throws Exception {
        Body body = new Body()
                .field("nama", "Ani")
                .file("ktp", "besar.jpg", "image/jpeg", randomBytes(150_000))
                .file("surat", "surat.pdf", "application/pdf", randomBytes(3000))
                .field("jakarta.faces.ViewState", "state-after-the-file");
        try (ParsedMultipart parsed = parser().skipOversizedFiles(true).build()
                .parse(FakeRequest.multipart(body).proxy())) {
            assertEquals("state-after-the-file", parsed.field("jakarta.faces.ViewState").orElseThrow());
            assertEquals("Ani", parsed.field("nama").orElseThrow());
            assertTrue(parsed.file("ktp").isEmpty());
            assertEquals(3000, parsed.file("surat").orElseThrow().size());
            assertEquals(1, parsed.rejectedFiles().size());
            UploadTooLargeException e = parsed.rejectedFiles().get(0);
            assertEquals("ktp", e.getFieldName());
            assertEquals(100_000, e.getLimit());
            assertEquals(150_000, e.getActualSize());
            assertEquals(1, listTemp().size(), "only the accepted file is on disk");
        }
        assertTrue(listTemp().isEmpty());
    }

    @Test
    void requestOverLimitByContentLengthIsRejectedBeforeReading() throws Exception {
        Body body = new Body().field("a", "b").file("ktp", "k.jpg", "image/jpeg", randomBytes(90_000));
        FakeRequest fake = FakeRequest.multipart(body);
        UploadTooLargeException e = assertThrows(UploadTooLargeException.class,
                () -> parser().maxRequestSize(50_000).build().parse(fake.proxy()));
        assertEquals(UploadTooLargeException.Kind.REQUEST_SIZE, e.getKind());
        assertNull(e.getFieldName());
        assertEquals(50_000, e.getLimit());
        assertEquals(0, fake.bytesRead(), "nothing read when Content-Length is already too big");
        assertTrue(listTemp().isEmpty());
    }

    @Test
    void chunkedRequestOverLimitIsRejectedWhileStreaming() throws Exception {
        Body body = new Body();
        for (int i = 0; i < 4; i++) {
            body.file("f" + i, i + ".bin", "application/octet-stream", randomBytes(40_000));
        }
        FakeRequest fake = FakeRequest.multipart(body).unknownLength();
        UploadTooLargeException e = assertThrows(UploadTooLargeException.class,
                () -> parser().maxRequestSize(100_000).build().parse(fake.proxy()));
        assertEquals(UploadTooLargeException.Kind.REQUEST_SIZE, e.getKind());
        assertEquals(100_000, e.getLimit());
        assertTrue(fake.bytesRead() < body.bytes().length, "stopped reading at the limit");
        assertTrue(listTemp().isEmpty(), "temp files of the parts read so far were deleted");
    }

    @Test
    void fieldOverLimitIsRejected() {
        Body body = new Body().field("big", "x".repeat(2000));
        UploadTooLargeException e = assertThrows(UploadTooLargeException.class,
                () -> parser().maxFieldSize(1000).build().parse(FakeRequest.multipart(body).proxy()));
        assertEquals(UploadTooLargeException.Kind.FIELD_SIZE, e.getKind());
        assertEquals("big", e.getFieldName());
        assertEquals(1000, e.getLimit());
    }

    @Test
    void tooManyPartsAreRejected() {
        Body body = new Body();
        for (int i = 0; i < 11; i++) {
            body.field("f" + i, "v");
        }
        UploadTooLargeException e = assertThrows(UploadTooLargeException.class,
                () -> parser().maxParts(10).build().parse(FakeRequest.multipart(body).proxy()));
        assertEquals(UploadTooLargeException.Kind.PART_COUNT, e.getKind());
        assertEquals(10, e.getLimit());
    }

    @Test
    void malformedBodyIsAMultipartException() throws IOException {
        byte[] garbage = "--nope\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"
                .getBytes(StandardCharsets.US_ASCII);
        FakeRequest fake = new FakeRequest("POST", "multipart/form-data; boundary=nope", garbage);
        MultipartException e = assertThrows(MultipartException.class,
                () -> parser().build().parse(fake.proxy()));
        assertFalse(e instanceof UploadTooLargeException);
        assertTrue(listTemp().isEmpty());
    }

    @Test
    void nonMultipartIsRefused() {
        FakeRequest fake = new FakeRequest("POST", "application/x-www-form-urlencoded", "a=b".getBytes());
        assertThrows(MultipartException.class, () -> parser().build().parse(fake.proxy()));
        assertFalse(MultipartParser.isMultipartFormData(fake.proxy()));
        assertTrue(MultipartParser.isMultipartFormData(
                new FakeRequest("POST", "Multipart/Form-Data; boundary=x", new byte[0]).proxy()));
    }

    @Test
    void fieldCharsetFromPartHeaderIsHonoured() throws Exception {
        Body body = new Body().rawPart("Content-Disposition: form-data; name=\"latin\"\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1", "Café".getBytes(StandardCharsets.ISO_8859_1));
        try (ParsedMultipart parsed = parser().build().parse(FakeRequest.multipart(body).proxy())) {
            assertEquals("Café", parsed.field("latin").orElseThrow());
        }
    }

    @Test
    void copyAndMoveToTarget() throws Exception {
        byte[] large = randomBytes(20_000);
        byte[] small = randomBytes(100);
        Body body = new Body().file("big", "b.bin", "application/octet-stream", large)
                .file("small", "s.bin", "application/octet-stream", small);
        Path out = Files.createDirectory(temp.resolveSibling(temp.getFileName() + "-out"));
        try {
            try (ParsedMultipart parsed = parser().tempDir(temp.resolve("up")).build()
                    .parse(FakeRequest.multipart(body).proxy())) {
                UploadedFile big = parsed.file("big").orElseThrow();
                UploadedFile tiny = parsed.file("small").orElseThrow();

                Path copy = big.copyTo(out.resolve("copy.bin"));
                assertArrayEquals(large, Files.readAllBytes(copy));
                assertThrows(FileAlreadyExistsException.class, () -> big.copyTo(copy));
                big.copyTo(copy, StandardCopyOption.REPLACE_EXISTING);

                Path moved = big.moveTo(out.resolve("moved.bin"));
                assertArrayEquals(large, Files.readAllBytes(moved));
                assertThrows(IllegalStateException.class, big::open);
                assertTrue(listDir(temp.resolve("up")).isEmpty(), "moved, not copied");

                Path movedSmall = tiny.moveTo(out.resolve("small.bin"));
                assertArrayEquals(small, Files.readAllBytes(movedSmall));
            }
            assertTrue(Files.exists(out.resolve("moved.bin")), "close() leaves moved files alone");
        } finally {
            for (Path p : listDir(out)) {
                Files.delete(p);
            }
            Files.delete(out);
        }
    }

    @Test
    void createsMissingTempDir() throws Exception {
        Path nested = temp.resolve("a/b");
        Body body = new Body().file("f", "x.bin", "application/octet-stream", randomBytes(5000));
        try (ParsedMultipart parsed = parser().tempDir(nested).build().parse(FakeRequest.multipart(body).proxy())) {
            assertEquals(1, parsed.files().size());
            assertEquals(1, listDir(nested).size());
        }
        assertTrue(listDir(nested).isEmpty());
    }

    // ------------------------------------------------------------------ helpers shared with the other tests

    List<Path> listTemp() throws IOException {
        return listDir(temp);
    }

    static List<Path> listDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    static byte[] read(UploadedFile file) throws IOException {
        try (InputStream in = file.open()) {
            return in.readAllBytes();
        }
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** Builds a multipart/form-data body the way a browser does (raw UTF-8 names, CRLF). */
    static final class Body {
        final String boundary = "----eppidBoundary7MA4YWxkTrZu0gW";
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            return rawPart("Content-Disposition: form-data; name=\"" + escape(name) + "\"",
                    value.getBytes(StandardCharsets.UTF_8));
        }

        Body file(String name, String fileName, String contentType, byte[] data) {
            return rawPart("Content-Disposition: form-data; name=\"" + escape(name) + "\"; filename=\""
                    + escape(fileName) + "\"\r\nContent-Type: " + contentType, data);
        }

        Body rawPart(String headers, byte[] data) {
            out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(data);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return all.toByteArray();
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        private static String escape(String s) {
            return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        }
    }

    /**
     * A container request without a container: answers what a parser may ask (content type, length, body stream,
     * attributes, query string) and records, then fails, any call that would make a real container parse the body.
     */
    /** Issue 8, faults: a temp file that cannot be written is the server's storage, not the client: "send again". */
    @Test
    void aTempFileThatCannotBeWrittenIsStorageUnavailableAndLeavesNothing() throws Exception {
        Body body = new Body().field("name", "Maria").file("idScan", "ktp.jpg", "image/jpeg", randomBytes(50_000));
        Path folder = temp.resolve("uploads-tmp");
        FakeRequest fake = FakeRequest.multipart(body).onFirstRead(() -> {
            try {
                // the folder turns into a file (a disk that fails) before the file part is written
                Files.delete(folder);
                Files.writeString(folder, "x");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        StorageUnavailableException e = assertThrows(StorageUnavailableException.class,
                () -> parser().tempDir(folder).build().parse(fake.proxy()));
        assertTrue(StorageUnavailableException.causedBy(e));
        assertTrue(Files.isRegularFile(folder) && Files.size(folder) == 1, "nothing written");
    }

    @Test
    void aTempFolderThatCannotBeMadeIsStorageUnavailable() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("a-file"), "x");
        Body body = new Body().field("name", "Maria").file("idScan", "ktp.jpg", "image/jpeg", randomBytes(5_000));
        assertThrows(StorageUnavailableException.class, () -> parser().tempDir(notAFolder.resolve("tmp")).build()
                .parse(FakeRequest.multipart(body).proxy()));
    }

    static final class FakeRequest {
        static final Set<String> FORBIDDEN = Set.of("getParts", "getPart", "getParameter", "getParameterMap",
                "getParameterNames", "getParameterValues", "getReader");

        final String method;
        final String contentType;
        final byte[] body;
        long contentLength;
        String queryString;
        final Map<String, Object> attributes = new LinkedHashMap<>();
        final List<String> forbiddenCalls = Collections.synchronizedList(new ArrayList<>());
        private CountingServletInputStream stream;
        private HttpServletRequest proxy;
        private Runnable pendingFirstRead;

        FakeRequest(String method, String contentType, byte[] body) {
            this.method = method;
            this.contentType = contentType;
            this.body = body;
            this.contentLength = body.length;
        }

        static FakeRequest multipart(Body body) {
            return new FakeRequest("POST", body.contentType(), body.bytes());
        }

        FakeRequest unknownLength() {
            contentLength = -1;
            return this;
        }

        /** Runs {@code action} when the parser starts reading the body. */
        FakeRequest onFirstRead(Runnable action) {
            pendingFirstRead = action;
            return this;
        }

        FakeRequest query(String query) {
            this.queryString = query;
            return this;
        }

        long bytesRead() {
            return stream == null ? 0 : stream.count;
        }

        HttpServletRequest proxy() {
            if (proxy == null) {
                InvocationHandler handler = (p, m, args) -> {
                    String name = m.getName();
                    if (FORBIDDEN.contains(name)) {
                        forbiddenCalls.add(name);
                        throw new AssertionError("container request." + name + "() must never be called");
                    }
                    switch (name) {
                        case "getMethod": return method;
                        case "getContentType": return contentType;
                        case "getHeader":
                            return "content-type".equalsIgnoreCase((String) args[0]) ? contentType : null;
                        case "getContentLength": return (int) Math.min(Integer.MAX_VALUE, contentLength);
                        case "getContentLengthLong": return contentLength;
                        case "getCharacterEncoding": return null;
                        case "getQueryString": return queryString;
                        case "getRequestURI": return "/eppid/upload.xhtml";
                        case "isAsyncStarted": return false;
                        case "getInputStream":
                            if (stream == null) {
                                stream = new CountingServletInputStream(body);
                                stream.onFirstRead = pendingFirstRead;
                            }
                            return stream;
                        case "getAttribute": return attributes.get((String) args[0]);
                        case "setAttribute":
                            attributes.put((String) args[0], args[1]);
                            return null;
                        case "removeAttribute":
                            attributes.remove((String) args[0]);
                            return null;
                        case "getAttributeNames": return Collections.enumeration(attributes.keySet());
                        case "toString": return "FakeRequest[" + method + " " + contentType + "]";
                        case "hashCode": return System.identityHashCode(p);
                        case "equals": return p == args[0];
                        default: throw new UnsupportedOperationException("FakeRequest." + name);
                    }
                };
                proxy = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {HttpServletRequest.class}, handler);
            }
            return proxy;
        }
    }

    /** A body stream that counts what was read. */
    static final class CountingServletInputStream extends ServletInputStream {
        private final ByteArrayInputStream in;
        long count;
        /** Runs once, when the first byte is read (a test changing the world while the body arrives). */
        Runnable onFirstRead;

        CountingServletInputStream(byte[] body) {
            this.in = new ByteArrayInputStream(body);
        }

        private void firstRead() {
            if (onFirstRead != null) {
                Runnable r = onFirstRead;
                onFirstRead = null;
                r.run();
            }
        }

        @Override
        public int read() {
            firstRead();
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            firstRead();
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    /** Records what a filter does to the response. */
    static final class FakeResponse {
        int status = 200;
        String contentType;
        boolean committed;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        private HttpServletResponse proxy;

        HttpServletResponse proxy() {
            if (proxy == null) {
                PrintWriter writer = new PrintWriter(body, true);
                InvocationHandler handler = (p, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus": status = (Integer) args[0]; return null;
                        case "getStatus": return status;
                        case "setContentType": contentType = (String) args[0]; return null;
                        case "getContentType": return contentType;
                        case "setHeader": headers.put(((String) args[0]).toLowerCase(), (String) args[1]); return null;
                        case "getHeader": return headers.get(((String) args[0]).toLowerCase());
                        case "setCharacterEncoding", "resetBuffer", "flushBuffer": return null;
                        case "isCommitted": return committed;
                        case "getWriter": return writer;
                        case "toString": return "FakeResponse[" + status + "]";
                        case "hashCode": return System.identityHashCode(p);
                        case "equals": return p == args[0];
                        default: throw new UnsupportedOperationException("FakeResponse." + m.getName());
                    }
                };
                proxy = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {HttpServletResponse.class}, handler);
            }
            return proxy;
        }
    }
}
