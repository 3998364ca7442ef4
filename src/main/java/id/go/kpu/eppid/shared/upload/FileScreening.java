package id.go.kpu.eppid.shared.upload;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Looks inside a file whose type {@link ContentInspector} already found from its first bytes, for what a type check
 * cannot see (OWASP file upload cheat sheet, ASVS V12): a JPEG, PNG or PDF that is cut short, that carries a second
 * file after its end or inside it (a JPEG/ZIP or PDF/ZIP polyglot), that carries script (PHP or HTML in an image
 * comment, JavaScript, launch actions or embedded files in a PDF), an image whose header claims more pixels than a
 * scan can have, and compressed content that inflates without bound (a PDF stream or an Office file as a
 * decompression bomb). Other types pass unexamined.
 *
 * <p>Images are read once (into the heap up to 1 MB, through a read-only memory map above) and only their header is
 * decoded; a PDF is parsed with OpenPDF, its Flate streams inflated with a cap and thrown away. Thread-safe; no
 * state.
 */
public final class FileScreening {

    /** Why a file was refused; each has a message {@code upload.refused.<name in lower case>}. */
    public enum Problem {
        /** The file ends before its format says it does (or it cannot be read as its type at all). */
        TRUNCATED,
        /** Another file (an archive, a page) lies after the end or inside the file. */
        HIDDEN_CONTENT,
        /** Script or an action that runs something: PHP/HTML in an image, JavaScript, launch, embedded files. */
        ACTIVE_CONTENT,
        /** An image header claims more pixels than {@link #MAX_PIXELS}. */
        TOO_MANY_PIXELS,
        /** Compressed content inflates beyond {@link #MAX_INFLATED_BYTES}. */
        COMPRESSION_BOMB,
        /** The file is damaged and cannot be read as its type. */
        DAMAGED;

        /** @return the message key */
        public String messageKey() {
            return "upload.refused." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The most pixels an accepted image may have: 100 megapixels, more than any phone camera or scanner page. */
    public static final long MAX_PIXELS = 100_000_000L;

    /** How much the compressed parts of one file may inflate to in all: 256 MB. */
    public static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    /** Files up to this size are screened from the heap, larger ones through a memory map ({@link #contents}). */
    static final int READ_INTO_HEAP = 1024 * 1024;

    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int MAX_DEPTH = 64;

    private static final int CHUNK = 64 * 1024;
    /** Longer than the longest marker searched for. */
    private static final int CHUNK_OVERLAP = 64;
    private static final byte[] ZIP_CENTRAL = {'P', 'K', 1, 2};

    /**
     * Markers of script or markup, matched ignoring ASCII case. Each is at least five bytes long, so that compressed
     * image data holds one by chance less than once in ten thousand 5 MB files.
     */
    private static final byte[][] SCRIPT_MARKERS = ascii("<?php", "<script", "<html", "<iframe", "javascript:",
            "<jsp:", "<%@ page");

    /** The bytes that can start what {@link #hiddenOrActive} looks for: a ZIP record's 'P', and '<', 'j', 'J'. */
    private static final boolean[] SCAN_STARTS = new boolean[256];

    /**
     * The second bytes of the script markers, in lower case: of the bytes that start a marker, in compressed image data
     * only about one in twenty is followed by one of these, and only those are compared with every marker.
     */
    private static final boolean[] SECOND_BYTES = new boolean[256];

    static {
        for (char c : new char[] {'P', '<', 'j', 'J'}) {
            SCAN_STARTS[c] = true;
        }
        for (byte[] marker : SCRIPT_MARKERS) {
            SECOND_BYTES[marker[1]] = true;
        }
    }

    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] PDF_EOF = {'%', '%', 'E', 'O', 'F'};

    /** Names in a PDF (keys or values, after #-escapes are decoded) that mean the document can run something. */
    private static final Set<String> PDF_ACTIVE_NAMES = Set.of("JS", "JavaScript", "Launch", "EmbeddedFile",
            "EmbeddedFiles", "RichMedia", "XFA", "AA", "SubmitForm", "ImportData", "GoToE", "GoToR", "Sound", "Movie");

    private FileScreening() {
    }

    /**
     * Screens a file of a detected type.
     *
     * @param baseType the type {@link ContentInspector} detected, without parameters
     * @param file     the file (e.g. a staged upload)
     * @return the problem, empty when the file may be kept
     * @throws IOException when the file cannot be read
     */
    public static Optional<Problem> screen(String baseType, Path file) throws IOException {
        return switch (baseType) {
            case "image/jpeg" -> image(file, FileScreening::jpegEnd, FileScreening::jpegMetadataHoldsScript);
            case "image/png" -> image(file, FileScreening::pngEnd, FileScreening::pngMetadataHoldsScript);
            case "application/pdf" -> pdf(file);
            case "application/x-tika-ooxml" -> zip(file);
            default -> Optional.empty();
        };
    }

    /** Where a format's last byte should be: -1 when it does not end as the format says. */
    private interface EndFinder {
        long end(ByteBuffer bytes);
    }

    private static Optional<Problem> image(Path file, EndFinder ends, MetadataScan metadata) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0 || size > Integer.MAX_VALUE) {
                return Optional.of(Problem.DAMAGED);
            }
            ByteBuffer bytes = contents(channel, size);
            Optional<Problem> inside = hiddenOrActive(bytes, true);
            if (inside.isPresent()) {
                return inside;
            }
            if (metadata.holdsScript(bytes)) {
                return Optional.of(Problem.ACTIVE_CONTENT);
            }
            long end = ends.end(bytes);
            if (end < 0) {
                return Optional.of(Problem.TRUNCATED);
            }
            if (!onlyPadding(bytes, (int) end)) {
                return Optional.of(Problem.HIDDEN_CONTENT);
            }
        }
        return pixels(file);
    }

    /**
     * A file's bytes: read into the heap up to {@link #READ_INTO_HEAP} (an ID scan, typically), memory-mapped above.
     * A mapping stays resident until the collector finds its buffer unreachable: under P1 of issue 8, with every
     * 300 KB scan mapped, some 20 MB of the server's resident memory were scans already screened.
     */
    private static ByteBuffer contents(FileChannel channel, long size) throws IOException {
        if (size > READ_INTO_HEAP) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) size);
        while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
            // a file that shrank meanwhile is screened as far as it goes
        }
        return bytes.flip();
    }

    /** Whether an image's metadata (comments, text chunks) carries script. */
    private interface MetadataScan {
        boolean holdsScript(ByteBuffer bytes);
    }

    /**
     * The segments of a JPEG before its image data (comments, EXIF, XMP): text there may not open a server-side
     * script, not even PHP's short tag {@code <?} or JSP's {@code <%} (too short to look for in the image data).
     */
    private static boolean jpegMetadataHoldsScript(ByteBuffer bytes) {
        int pos = 2;
        int limit = bytes.limit();
        while (pos + 4 <= limit && (bytes.get(pos) & 0xFF) == 0xFF) {
            int marker = bytes.get(pos + 1) & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return false;
            }
            int length = ((bytes.get(pos + 2) & 0xFF) << 8) | (bytes.get(pos + 3) & 0xFF);
            int end = Math.min(limit, pos + 2 + length);
            if (length < 2 || textHoldsScript(bytes.slice(pos + 4, Math.max(0, end - pos - 4)))) {
                return length >= 2;
            }
            pos = end;
        }
        return false;
    }

    /** The text chunks of a PNG (tEXt, and zTXt and iTXt inflated, at most 1 MB each) may not carry script. */
    private static boolean pngMetadataHoldsScript(ByteBuffer bytes) {
        int pos = 8;
        int limit = bytes.limit();
        while (pos + 12 <= limit) {
            long length = Integer.toUnsignedLong(bytes.getInt(pos));
            if (pos + 12 + length > limit) {
                return false; // cut short: the end check reports it
            }
            String type = new String(new byte[] {bytes.get(pos + 4), bytes.get(pos + 5), bytes.get(pos + 6),
                bytes.get(pos + 7)}, StandardCharsets.US_ASCII);
            ByteBuffer data = bytes.slice(pos + 8, (int) length);
            if (type.equals("tEXt") && textHoldsScript(data)
                    || type.equals("zTXt") && textHoldsScript(inflatedText(data, 1))
                    || type.equals("iTXt") && textHoldsScript(iTxtText(data))) {
                return true;
            }
            if (type.equals("IEND")) {
                return false;
            }
            pos += 12 + (int) length;
        }
        return false;
    }

    /** The text of an iTXt chunk: keyword, NUL, compression flag and method, language, NUL, keyword, NUL, text. */
    private static ByteBuffer iTxtText(ByteBuffer data) {
        int keywordEnd = indexOf(data, 0, (byte) 0);
        if (keywordEnd < 0 || keywordEnd + 3 > data.limit()) {
            return data;
        }
        boolean compressed = data.get(keywordEnd + 1) == 1;
        int languageEnd = indexOf(data, keywordEnd + 3, (byte) 0);
        int translatedEnd = languageEnd < 0 ? -1 : indexOf(data, languageEnd + 1, (byte) 0);
        if (translatedEnd < 0) {
            return data;
        }
        ByteBuffer text = data.slice(translatedEnd + 1, data.limit() - translatedEnd - 1);
        return compressed ? inflated(text) : text;
    }

    /** The compressed text after a keyword and its NUL and one method byte (zTXt). */
    private static ByteBuffer inflatedText(ByteBuffer data, int methodBytes) {
        int keywordEnd = indexOf(data, 0, (byte) 0);
        int from = keywordEnd + 1 + methodBytes;
        return keywordEnd < 0 || from > data.limit() ? data : inflated(data.slice(from, data.limit() - from));
    }

    private static ByteBuffer inflated(ByteBuffer compressed) {
        byte[] in = new byte[compressed.remaining()];
        compressed.duplicate().get(in);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in);
            byte[] out = new byte[1024 * 1024];
            int n = 0;
            while (n < out.length && !inflater.finished() && !inflater.needsInput()) {
                n += inflater.inflate(out, n, out.length - n);
            }
            return ByteBuffer.wrap(out, 0, n).slice();
        } catch (DataFormatException e) {
            return ByteBuffer.wrap(in);
        } finally {
            inflater.end();
        }
    }

    private static int indexOf(ByteBuffer data, int from, byte b) {
        for (int i = from; i < data.limit(); i++) {
            if (data.get(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** Text of metadata: any script marker, or a processing instruction other than XMP's {@code <?xpacket}/XML's. */
    private static boolean textHoldsScript(ByteBuffer text) {
        if (contains(text, SCRIPT_MARKERS)) {
            return true;
        }
        for (int i = 0; i + 1 < text.limit(); i++) {
            byte next = text.get(i + 1);
            if (text.get(i) == '<' && (next == '%'
                    || next == '?' && !startsWith(text, i + 2, "xpacket") && !startsWith(text, i + 2, "xml"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(ByteBuffer text, int at, String prefix) {
        if (at + prefix.length() > text.limit()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (lower(text.get(at + k), true) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A JPEG ends with EOI (FF D9); a few trailing NUL or line-end bytes of careless writers are tolerated. */
    private static long jpegEnd(ByteBuffer bytes) {
        int i = lastNonPadding(bytes);
        return i >= 1 && (bytes.get(i - 1) & 0xFF) == 0xFF && (bytes.get(i) & 0xFF) == 0xD9 ? i + 1 : -1;
    }

    /** A PNG ends with its IEND chunk. */
    private static long pngEnd(ByteBuffer bytes) {
        int i = lastNonPadding(bytes) + 1;
        if (i < PNG_IEND.length + 8) {
            return -1;
        }
        for (int k = 0; k < PNG_IEND.length; k++) {
            if (bytes.get(i - PNG_IEND.length + k) != PNG_IEND[k]) {
                return -1;
            }
        }
        return i;
    }

    private static int lastNonPadding(ByteBuffer bytes) {
        int i = bytes.limit() - 1;
        while (i >= 0 && isPadding(bytes.get(i))) {
            i--;
        }
        return i;
    }

    private static boolean onlyPadding(ByteBuffer bytes, int from) {
        for (int i = from; i < bytes.limit(); i++) {
            if (!isPadding(bytes.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPadding(byte b) {
        return b == 0 || b == '\n' || b == '\r' || b == ' ' || b == '\t';
    }

    /** Reads the image header only (no pixels decoded) and checks the pixel count. */
    private static Optional<Problem> pixels(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.of(Problem.DAMAGED);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                return pixels <= 0 ? Optional.of(Problem.DAMAGED)
                        : pixels > MAX_PIXELS ? Optional.of(Problem.TOO_MANY_PIXELS) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.of(Problem.DAMAGED);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<Problem> pdf(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0 || size > Integer.MAX_VALUE) {
                return Optional.of(Problem.DAMAGED);
            }
            ByteBuffer bytes = contents(channel, size);
            int eof = lastIndexOf(bytes, PDF_EOF);
            if (eof < 0) {
                return Optional.of(Problem.TRUNCATED);
            }
            if (!onlyPadding(bytes, eof + PDF_EOF.length)) {
                return Optional.of(Problem.HIDDEN_CONTENT);
            }
            if (holdsZip(bytes)) {
                return Optional.of(Problem.HIDDEN_CONTENT);
            }
        }
        PdfReader reader;
        try {
            reader = new PdfReader(file.toString());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Optional.of(Problem.DAMAGED);
        }
        try {
            long[] inflated = {0};
            for (int i = 1; i < reader.getXrefSize(); i++) {
                Optional<Problem> found = pdfObject(reader.getPdfObject(i), inflated, 0);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Optional.of(Problem.DAMAGED);
        } finally {
            reader.close();
        }
    }

    /** Checks one PDF object and its direct parts; indirect references are visited by the caller's loop. */
    private static Optional<Problem> pdfObject(PdfObject object, long[] inflated, int depth) throws IOException {
        if (object == null || object.isIndirect()) {
            return Optional.empty();
        }
        if (depth > MAX_DEPTH) {
            return Optional.of(Problem.DAMAGED);
        }
        if (object.isName()) {
            return PDF_ACTIVE_NAMES.contains(PdfName.decodeName(object.toString()))
                    ? Optional.of(Problem.ACTIVE_CONTENT) : Optional.empty();
        }
        if (object.isString()) {
            String text = ((PdfString) object).toUnicodeString().trim().toLowerCase(Locale.ROOT);
            return text.startsWith("javascript:") ? Optional.of(Problem.ACTIVE_CONTENT) : Optional.empty();
        }
        if (object.isArray()) {
            for (PdfObject element : ((PdfArray) object).getElements()) {
                Optional<Problem> found = pdfObject(element, inflated, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (object.isDictionary() || object.isStream()) {
            PdfDictionary dictionary = (PdfDictionary) object;
            for (PdfName key : dictionary.getKeys()) {
                if (PDF_ACTIVE_NAMES.contains(PdfName.decodeName(key.toString()))) {
                    return Optional.of(Problem.ACTIVE_CONTENT);
                }
                Optional<Problem> found = pdfObject(dictionary.get(key), inflated, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            if (object instanceof PRStream stream && isFlate(stream.get(PdfName.FILTER))) {
                inflated[0] += inflatedSize(PdfReader.getStreamBytesRaw(stream), MAX_INFLATED_BYTES - inflated[0]);
                if (inflated[0] > MAX_INFLATED_BYTES) {
                    return Optional.of(Problem.COMPRESSION_BOMB);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isFlate(PdfObject filter) {
        if (filter == null) {
            return false;
        }
        if (filter.isArray()) {
            return ((PdfArray) filter).getElements().stream().anyMatch(FileScreening::isFlate);
        }
        return PdfName.FLATEDECODE.equals(filter) || new PdfName("Fl").equals(filter);
    }

    /** Inflates and discards; stops once past {@code cap} (returns a number above it). Damaged data counts 0. */
    private static long inflatedSize(byte[] compressed, long cap) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] sink = new byte[64 * 1024];
            long total = 0;
            while (!inflater.finished() && total <= cap) {
                int n = inflater.inflate(sink);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                total += n;
            }
            return total;
        } catch (DataFormatException e) {
            return 0; // not ours to judge: the viewer shows a damaged stream as empty
        } finally {
            inflater.end();
        }
    }

    /** An Office Open XML file is a ZIP: its entries may not inflate without bound, hold macros or climb out. */
    private static Optional<Problem> zip(Path file) throws IOException {
        long total = 0;
        int entries = 0;
        byte[] sink = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (++entries > MAX_ZIP_ENTRIES || name.contains("..") || name.startsWith("/")) {
                    return Optional.of(Problem.DAMAGED);
                }
                if (name.endsWith("vbaproject.bin") || name.endsWith(".bin") && name.contains("activex")) {
                    return Optional.of(Problem.ACTIVE_CONTENT);
                }
                int n;
                while ((n = zip.read(sink)) > 0) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        return Optional.of(Problem.COMPRESSION_BOMB);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(Problem.DAMAGED);
        }
        return entries == 0 ? Optional.of(Problem.DAMAGED) : Optional.empty();
    }

    /** True when a ZIP archive lies anywhere in the bytes ({@link #hiddenOrActive}). */
    private static boolean holdsZip(ByteBuffer bytes) {
        return hiddenOrActive(bytes, false).isPresent();
    }

    /**
     * One pass over a whole file for what may hide in it: a ZIP archive, as a ZIP reader would find it
     * ({@link Problem#HIDDEN_CONTENT}, which wins), and with {@code scripts} a script marker
     * ({@link Problem#ACTIVE_CONTENT}). A ZIP is an end-of-central-directory record whose central directory starts where
     * the record says (the two signatures together do not occur by chance; either alone would, about once in a
     * thousand large files). One table lookup per byte, in one pass: a pass per search, with two tests per byte, was
     * a tenth of a submission's CPU (issue 8, P1).
     */
    private static Optional<Problem> hiddenOrActive(ByteBuffer bytes, boolean scripts) {
        ByteBuffer little = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int limit = bytes.limit();
        boolean[] script = {false};
        boolean zip = anyChunk(bytes, (chunk, offset, candidates, filled) -> {
            for (int k = 0; k < candidates; k++) {
                if (!SCAN_STARTS[chunk[k] & 0xFF]) {
                    continue;
                }
                if (chunk[k] == 'P') {
                    if (k + 4 <= filled && chunk[k + 1] == 'K' && chunk[k + 2] == 5 && chunk[k + 3] == 6
                            && offset + k + 22 <= limit) {
                        long centralSize = Integer.toUnsignedLong(little.getInt(offset + k + 12));
                        long central = offset + k - centralSize;
                        if (central >= 0 && bytes.get((int) central) == 'P'
                                && matchesAt(bytes, (int) central, ZIP_CENTRAL, false)) {
                            return true;
                        }
                    }
                } else if (scripts && !script[0] && k + 1 < filled && SECOND_BYTES[lower(chunk[k + 1], true) & 0xFF]
                        && startsMarker(chunk, k, filled, SCRIPT_MARKERS)) {
                    script[0] = true; // go on: a ZIP further on is the stronger finding
                }
            }
            return false;
        });
        return zip ? Optional.of(Problem.HIDDEN_CONTENT)
                : script[0] ? Optional.of(Problem.ACTIVE_CONTENT) : Optional.empty();
    }

    private static boolean contains(ByteBuffer bytes, byte[][] needles) {
        return anyChunk(bytes, (chunk, offset, candidates, filled) -> {
            for (int k = 0; k < candidates; k++) {
                // every marker starts with '<' or 'j'; OR-ing the case bit keeps '<' and folds 'J' (and lets two
                // other bytes through, which the full comparison then turns away): one test per byte
                int b = chunk[k] | 0x20;
                if ((b == '<' || b == 'j') && startsMarker(chunk, k, filled, needles)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean startsMarker(byte[] chunk, int at, int filled, byte[][] needles) {
        byte b = lower(chunk[at], true);
        for (byte[] needle : needles) {
            if (b == needle[0] && at + needle.length <= filled && matchesAt(chunk, at, needle)) {
                return true;
            }
        }
        return false;
    }

    /** A search over one chunk: positions {@code [0, candidates)} may start a match, read up to {@code filled}. */
    private interface ChunkSearch {
        boolean found(byte[] chunk, int offset, int candidates, int filled);
    }

    /**
     * Runs a byte-by-byte search over a heap buffer's own array, or over a mapped file a chunk at a time, copied into
     * an array (a mapped file read byte by byte is several times slower, issue 8 P1); chunks overlap by
     * {@link #CHUNK_OVERLAP} so that a match across a chunk's end is still read whole.
     */
    private static boolean anyChunk(ByteBuffer bytes, ChunkSearch search) {
        int limit = bytes.limit();
        if (bytes.hasArray() && bytes.arrayOffset() == 0) {
            return search.found(bytes.array(), 0, limit, limit); // read into the heap already: one chunk
        }
        byte[] chunk = new byte[Math.min(CHUNK + CHUNK_OVERLAP, limit)];
        for (int offset = 0; offset < limit; offset += CHUNK) {
            int filled = Math.min(chunk.length, limit - offset);
            bytes.get(offset, chunk, 0, filled);
            if (search.found(chunk, offset, Math.min(CHUNK, filled), filled)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code needle} (lower case) is at {@code at}, ignoring case; its first byte is already checked. */
    private static boolean matchesAt(byte[] chunk, int at, byte[] needle) {
        for (int k = 1; k < needle.length; k++) {
            if (lower(chunk[at + k], true) != needle[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAt(ByteBuffer bytes, int at, byte[] needle, boolean ignoreCase) {
        for (int k = 1; k < needle.length; k++) {
            if (lower(bytes.get(at + k), ignoreCase) != needle[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte lower(byte b, boolean ignoreCase) {
        return ignoreCase && b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static int lastIndexOf(ByteBuffer bytes, byte[] needle) {
        for (int i = bytes.limit() - needle.length; i >= 0; i--) {
            if (matchesAt(bytes, i, needle, false) && bytes.get(i) == needle[0]) {
                return i;
            }
        }
        return -1;
    }

    private static byte[][] ascii(String... markers) {
        byte[][] out = new byte[markers.length][];
        for (int i = 0; i < markers.length; i++) {
            out[i] = markers[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
