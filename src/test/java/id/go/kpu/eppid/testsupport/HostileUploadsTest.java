package id.go.kpu.eppid.testsupport;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import id.go.kpu.eppid.testsupport.HostileUploads.Category;
import id.go.kpu.eppid.testsupport.HostileUploads.Upload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The hostile-upload corpus is what it claims: large, complete, repeatable, and each kind really built that way. */
class HostileUploadsTest {

    private static final List<Upload> CORPUS = HostileUploads.corpus();

    @Test
    void hasAThousandItemsInEveryCategory() {
        assertTrue(CORPUS.size() >= 1000, "size " + CORPUS.size());
        Map<Category, Long> counts = CORPUS.stream().collect(
                Collectors.groupingBy(Upload::category, () -> new EnumMap<>(Category.class), Collectors.counting()));
        for (Category category : Category.values()) {
            long minimum = category == Category.EMPTY ? 5 : category == Category.OVERSIZED ? 3 : 20;
            assertTrue(counts.getOrDefault(category, 0L) >= minimum, category + ": " + counts.get(category));
        }
    }

    @Test
    void everyItemIsADistinctInputWithAUniqueLabel() {
        Set<String> inputs = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Upload upload : CORPUS) {
            assertTrue(inputs.add(upload.fileName() + "\n" + upload.declaredType() + "\n" + sha256(upload.content())),
                    "duplicate input: " + upload);
            assertTrue(labels.add(upload.label()), "duplicate label: " + upload);
        }
    }

    @Test
    void twoBuildsGiveTheSameBytes() {
        List<Upload> again = HostileUploads.build();
        assertEquals(CORPUS.size(), again.size());
        for (int i = 0; i < CORPUS.size(); i++) {
            Upload first = CORPUS.get(i);
            Upload second = again.get(i);
            assertEquals(first.label(), second.label());
            assertEquals(first.fileName(), second.fileName());
            assertEquals(first.declaredType(), second.declaredType());
            assertEquals(sha256(first.content()), sha256(second.content()), first.label());
        }
    }

    @Test
    void truncatedFilesLackTheirEnd() {
        for (Upload upload : of(Category.TRUNCATED)) {
            byte[] bytes = upload.content();
            assertTrue(bytes.length > 0, upload.toString());
            if (startsWith(bytes, 0xFF, 0xD8)) {
                assertFalse(text(bytes).endsWith("\u00ff\u00d9"), "ends with EOI: " + upload);
            } else if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
                assertFalse(text(bytes).contains("\0\0\0\0IEND\u00aeB`\u0082"), "complete IEND chunk: " + upload);
            } else {
                assertTrue(text(bytes).startsWith("%PDF-"), upload.toString());
                assertFalse(text(bytes).contains("%%EOF"), upload.toString());
            }
        }
    }

    @Test
    void emptyFilesHoldAtMostWhitespaceOrABom() {
        for (Upload upload : of(Category.EMPTY)) {
            assertTrue(upload.content().length <= 3, upload.toString());
            assertTrue(text(upload.content()).matches("[ \t\r\n]*|\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe"),
                    upload.toString());
        }
    }

    @Test
    void oversizedFilesAreValidAndOverTheLimit() throws IOException {
        for (Upload upload : of(Category.OVERSIZED)) {
            byte[] bytes = upload.content();
            assertTrue(bytes.length > HostileUploads.MAX_ID_BYTES, upload.toString());
            if (startsWith(bytes, 0xFF, 0xD8)) {
                assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)), upload.toString());
            } else {
                assertTrue(text(bytes).startsWith("%PDF"), upload.toString());
                assertTrue(new PdfReader(bytes).getNumberOfPages() >= 1, upload.toString());
            }
        }
    }

    @Test
    void imageBombsClaimHugeDimensions() {
        int images = 0;
        for (Upload upload : of(Category.DECOMPRESSION_BOMB)) {
            byte[] bytes = upload.content();
            if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
                assertEquals("IHDR", text(bytes).substring(12, 16));
                long pixels = HostileUploads.pngWidth(bytes) * HostileUploads.pngHeight(bytes);
                assertTrue(pixels > 100_000_000L, upload.toString());
                assertPngChecksums(bytes);
                images++;
            } else if (startsWith(bytes, 0xFF, 0xD8)) {
                assertTrue((long) HostileUploads.jpegWidth(bytes) * HostileUploads.jpegHeight(bytes) > 100_000_000L,
                        upload.toString());
                images++;
            }
        }
        assertTrue(images >= 10, "image bombs: " + images);
    }

    @Test
    void fullyDeflatedPngBombStaysSmallButInflatesToEveryRow() throws IOException {
        Upload bomb = CORPUS.stream().filter(u -> u.category() == Category.DECOMPRESSION_BOMB)
                .filter(u -> u.label().startsWith("PNG 20000x20000")).findFirst().orElseThrow();
        byte[] bytes = bomb.content();
        assertTrue(bytes.length < 2 * 1024 * 1024, "size " + bytes.length);
        int idat = text(bytes).indexOf("IDAT");
        int length = ByteBuffer.wrap(bytes, idat - 4, 4).getInt();
        assertEquals(20_000L * (20_000 + 1), inflatedSize(new ByteArrayInputStream(bytes, idat + 4, length), true));
    }

    @Test
    void pdfBombsInflateToHalfAGigabyte() throws IOException {
        Map<String, Long> inflated = new HashMap<>(); // by SHA-256 of the stream: the bombs share one
        int pdfs = 0;
        for (byte[] bytes : distinct(of(Category.DECOMPRESSION_BOMB))) {
            if (text(bytes).startsWith("%PDF")) {
                assertTrue(largestFlateStream(bytes, inflated) >= 500_000_000L, "inflates to less than 500 MB");
                pdfs++;
            }
        }
        assertTrue(pdfs >= 2, "PDF bombs: " + pdfs);
    }

    @Test
    void zipBombsHoldAGigabyteEntry() throws IOException {
        int zips = 0;
        for (byte[] bytes : distinct(of(Category.DECOMPRESSION_BOMB))) {
            if (startsWith(bytes, 'P', 'K', 3, 4)) {
                long largest = 0;
                Set<String> names = new HashSet<>();
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        names.add(entry.getName());
                        largest = Math.max(largest, count(zip)); // ZipInputStream checks each entry's CRC and size
                    }
                }
                assertTrue(largest >= 1_000_000_000L, "largest entry " + largest);
                assertTrue(bytes.length < 2 * 1024 * 1024, "size " + bytes.length);
                if (names.contains("xl/worksheets/sheet1.xml")) {
                    assertTrue(names.contains("[Content_Types].xml"), names.toString());
                }
                zips++;
            }
        }
        assertTrue(zips >= 2, "ZIP bombs: " + zips);
    }

    @Test
    void wellFormedFilesDecodeAndOpen() throws IOException {
        List<Upload> control = HostileUploads.wellFormed();
        assertTrue(control.size() >= 10, "size " + control.size());
        Set<String> kinds = new HashSet<>();
        for (Upload upload : control) {
            byte[] bytes = upload.content();
            if (startsWith(bytes, 0xFF, 0xD8) || startsWith(bytes, 0x89, 'P', 'N', 'G')) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                assertNotNull(image, upload.toString());
                assertTrue(image.getWidth() > 0 && image.getHeight() > 0, upload.toString());
                kinds.add(bytes[0] == (byte) 0xFF ? "jpeg" : "png");
            } else {
                assertTrue(text(bytes).startsWith("%PDF-"), upload.toString());
                PdfReader reader = new PdfReader(bytes);
                assertTrue(reader.getNumberOfPages() >= 1, upload.toString());
                assertFalse(reader.isRebuilt(), "broken xref: " + upload);
                String raw = text(bytes);
                kinds.add(raw.contains("/ObjStm") ? "pdf-objstm" : raw.contains("/DCTDecode") ? "pdf-jpeg" : "pdf");
            }
        }
        assertEquals(Set.of("jpeg", "png", "pdf", "pdf-objstm", "pdf-jpeg"), kinds);
    }

    @Test
    void activePdfsAreValidPdfs() throws IOException {
        for (Upload upload : of(Category.ACTIVE_PDF)) {
            PdfReader reader = new PdfReader(upload.content());
            assertTrue(reader.getNumberOfPages() >= 1, upload.toString());
            assertFalse(reader.isRebuilt(), "broken xref: " + upload);
        }
    }

    @Test
    void compressedJavaScriptIsOnlyInsideAnObjectStream() throws IOException {
        List<Upload> compressed = CORPUS.stream()
                .filter(u -> u.label().startsWith(HostileUploads.COMPRESSED_JS_LABEL)).toList();
        assertFalse(compressed.isEmpty());
        for (Upload upload : compressed) {
            String raw = text(upload.content());
            assertTrue(raw.contains("/ObjStm"), upload.toString());
            assertFalse(raw.contains("JavaScript") || raw.contains("/JS"), upload.toString());
            assertTrue(new PdfReader(upload.content()).getJavaScript().contains("app.alert"), upload.toString());
        }
    }

    @Test
    void activeAndPolyglotImagesStillDecode() throws IOException {
        for (Upload upload : CORPUS) {
            if (upload.category() != Category.ACTIVE_IMAGE && upload.category() != Category.POLYGLOT) {
                continue;
            }
            byte[] bytes = upload.content();
            boolean gif = text(bytes).startsWith("GIF8") && !text(bytes).startsWith("GIF89a;");
            if (startsWith(bytes, 0xFF, 0xD8) || startsWith(bytes, 0x89, 'P', 'N', 'G') || gif) {
                assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)), upload.toString());
            } else {
                assertTrue(upload.category() == Category.POLYGLOT, upload.toString());
            }
            if (upload.category() == Category.ACTIVE_IMAGE && !upload.label().contains("zTXt")) {
                assertTrue(text(bytes).contains("<?") || text(bytes).contains("<script>"), upload.toString());
            }
        }
    }

    @Test
    void executablesStartWithAnExecutableMagic() {
        List<String> magics = List.of("MZ", "\u007fELF", "\u00cf\u00fa\u00ed\u00fe", "\u00fe\u00ed\u00fa\u00cf",
                "\u00ca\u00fe\u00ba\u00be", "PK\u0003\u0004", "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1",
                "dex\n",
                "\0asm", "L\0\0\0\u0001\u0014\u0002\0");
        for (Upload upload : of(Category.EXECUTABLE)) {
            assertTrue(magics.stream().anyMatch(text(upload.content())::startsWith), upload.toString());
        }
    }

    @Test
    void hostileNamesAreHostile() {
        List<Upload> named = of(Category.HOSTILE_NAME);
        assertTrue(named.size() >= 150, "size " + named.size());
        for (Upload upload : named) {
            assertTrue(hostile(upload.fileName()), upload.toString());
        }
        assertFalse(hostile("ktp.jpg"));
        assertFalse(hostile("surat permohonan.pdf"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /** True if the name, or the name percent-decoded up to three times, is one a server must not store as given. */
    private static boolean hostile(String name) {
        String decoded = name;
        for (int round = 0; round <= 3; round++) {
            if (hostileAsIs(decoded)) {
                return true;
            }
            decoded = percentDecoded(decoded);
        }
        return false;
    }

    private static boolean hostileAsIs(String name) {
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            return true;
        }
        if (name.length() > 255 || name.getBytes(UTF_8).length > 255) {
            return true;
        }
        if (name.startsWith(".") || name.endsWith(".") || name.endsWith(" ")) {
            return true;
        }
        for (char c : name.toCharArray()) {
            boolean bidi = c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (c < 0x20 || bidi) {
                return true;
            }
        }
        int dot = name.indexOf('.');
        return DEVICE_NAMES.contains((dot < 0 ? name : name.substring(0, dot)).toUpperCase(Locale.ROOT));
    }

    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");

    private static String percentDecoded(String name) {
        Matcher m = PERCENT.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static final Pattern STREAM = Pattern.compile("<<([^\\n]*?)/Length (\\d+)>>\nstream\n");

    /** The inflated size of the largest FlateDecode stream, counted while inflating (nothing is kept). */
    private static long largestFlateStream(byte[] pdf, Map<String, Long> inflated) throws IOException {
        long largest = 0;
        Matcher m = STREAM.matcher(text(pdf));
        while (m.find()) {
            if (m.group(1).contains("/FlateDecode")) {
                byte[] data = Arrays.copyOfRange(pdf, m.end(), m.end() + Integer.parseInt(m.group(2)));
                assertEquals("\nendstream", text(pdf).substring(m.end() + data.length, m.end() + data.length + 10));
                String key = sha256(data);
                if (!inflated.containsKey(key)) {
                    inflated.put(key, inflatedSize(new ByteArrayInputStream(data), true));
                }
                largest = Math.max(largest, inflated.get(key));
            }
        }
        return largest;
    }

    /** Bytes a zlib stream inflates to (Inflater checks the Adler-32 at the end). */
    private static long inflatedSize(InputStream zlib, boolean wrapped) throws IOException {
        try (InflaterInputStream in = new InflaterInputStream(zlib, new Inflater(!wrapped), 1 << 16)) {
            return count(in);
        }
    }

    private static long count(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 20];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
        }
        return total;
    }

    private static void assertPngChecksums(byte[] png) {
        int at = 8;
        while (at < png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + length);
            assertEquals((int) crc.getValue(), ByteBuffer.wrap(png, at + 8 + length, 4).getInt(), "chunk CRC at " + at);
            at += 12 + length;
        }
        assertEquals(png.length, at);
    }

    private static List<Upload> of(Category category) {
        return CORPUS.stream().filter(u -> u.category() == category).toList();
    }

    /** Each content once (items share their byte arrays between claimed names). */
    private static Set<byte[]> distinct(List<Upload> uploads) {
        Set<byte[]> arrays = Collections.newSetFromMap(new IdentityHashMap<>());
        uploads.forEach(u -> arrays.add(u.content()));
        return arrays;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, ISO_8859_1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
