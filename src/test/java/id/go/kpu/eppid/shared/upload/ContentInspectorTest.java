package id.go.kpu.eppid.shared.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.upload.MultipartParserTest.Body;
import id.go.kpu.eppid.shared.upload.MultipartParserTest.FakeRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentInspectorTest {

    private final ContentInspector inspector = new ContentInspector();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void jpegIsAnIdDocument() throws IOException {
        ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(image("jpg")));
        assertEquals("image/jpeg", found.baseType());
        assertTrue(found.isAllowed(ContentInspector.ID_DOCUMENT));
    }

    @Test
    void pngIsAnIdDocument() throws IOException {
        ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(image("png")));
        assertEquals("image/png", found.baseType());
        assertTrue(found.isAllowed(ContentInspector.ID_DOCUMENT));
    }

    @Test
    void pdfIsAnIdDocument() throws IOException {
        ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(minimalPdf()));
        assertEquals("application/pdf", found.baseType());
        assertTrue(found.isAllowed(ContentInspector.ID_DOCUMENT));
    }

    @Test
    void windowsExecutableNamedKtpJpgIsRejected(@TempDir Path temp) throws IOException {
        byte[] exe = peExecutable();
        // through the whole upload path: name and declared type say JPEG, the bytes say otherwise
        Body body = new Body().file("ktp", "ktp.jpg", "image/jpeg", exe);
        try (ParsedMultipart parsed = MultipartParser.builder().tempDir(temp).build()
                .parse(FakeRequest.multipart(body).proxy())) {
            UploadedFile upload = parsed.file("ktp").orElseThrow();
            assertEquals("ktp.jpg", upload.fileName());
            assertEquals("image/jpeg", upload.declaredContentType());
            ContentInspector.Inspection found = inspector.inspect(upload);
            assertTrue(found.baseType().startsWith("application/x-msdownload"), found.mediaType());
            assertFalse(found.isAllowed(ContentInspector.ID_DOCUMENT));
        }
        ContentInspector.Inspection justMz = inspector.inspect(
                new ByteArrayInputStream("MZ just a dos stub".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(justMz.isAllowed(ContentInspector.ID_DOCUMENT), justMz.mediaType());
    }

    @Test
    void htmlIsRejected() throws IOException {
        byte[] html = "<!DOCTYPE html>\n<html><head><title>ktp</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(html));
        assertEquals("text/html", found.baseType());
        assertFalse(found.isAllowed(ContentInspector.ID_DOCUMENT));
    }

    @Test
    void emptyContentIsNeverAllowed() throws IOException {
        ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(new byte[0]));
        assertTrue(found.isEmpty());
        assertEquals(0, found.bytesExamined());
        assertFalse(found.isAllowed(ContentInspector.ID_DOCUMENT));
        assertFalse(found.isAllowed(Set.of(found.baseType())), "not even when its own type is allowed");
    }

    @Test
    void markSupportingStreamIsResetForTheCaller() throws IOException {
        byte[] pdf = minimalPdf();
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(pdf));
        assertEquals("application/pdf", inspector.inspect(in).baseType());
        assertArrayEquals(pdf, in.readAllBytes(), "the caller can still read the whole content");
    }

    @Test
    void onlyTheHeadIsRead() throws IOException {
        byte[] big = new byte[ContentInspector.HEAD_BYTES * 3];
        byte[] png = image("png");
        System.arraycopy(png, 0, big, 0, png.length);
        ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(big));
        assertEquals(ContentInspector.HEAD_BYTES, found.bytesExamined());
        assertEquals("image/png", found.baseType());
    }

    @Test
    void inspectsFilesOnDisk(@TempDir Path temp) throws IOException {
        Path file = Files.write(temp.resolve("scan.pdf.jpg"), minimalPdf());
        assertEquals("application/pdf", inspector.inspect(file).baseType());
    }

    @Test
    void allowedTypesCompareWithoutCaseOrParameters() {
        ContentInspector.Inspection found = new ContentInspector.Inspection("image/JPEG", "image/JPEG", 10);
        assertTrue(found.isAllowed(Set.of("image/jpeg")));
        assertFalse(found.isAllowed(Set.of("image/png")));
        assertFalse(found.isAllowed(null));
    }

    /** HD-13: recordings of a consultation or an online meeting are documentation; an executable is not. */
    @Test
    void recordingsAreDocumentationByTheirBytes() throws IOException {
        byte[] mp4 = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o',
            'm', 'm', 'p', '4', '1'}, 0, mp4, 0, 24);
        byte[] wav = new byte[64];
        System.arraycopy("RIFF\0\0\0\0WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, wav, 0, 16);
        byte[] mp3 = new byte[64];
        System.arraycopy(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0}, 0, mp3, 0, 10);
        for (byte[] media : List.of(mp4, wav, mp3, image("png"), minimalPdf())) {
            ContentInspector.Inspection found = inspector.inspect(new ByteArrayInputStream(media));
            assertTrue(found.isAllowed(ContentInspector.DOCUMENTATION), found.mediaType());
        }
        assertFalse(inspector.inspect(new ByteArrayInputStream(peExecutable()))
                .isAllowed(ContentInspector.DOCUMENTATION));
    }

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 4, 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out), "ImageIO writer for " + format);
        return out.toByteArray();
    }

    static byte[] minimalPdf() {
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    /** MZ header with e_lfanew = 0x80 pointing at a PE signature and an i386 COFF header. */
    static byte[] peExecutable() {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 'M').put(1, (byte) 'Z');
        b.putInt(0x3C, 0x80);
        b.put(0x80, (byte) 'P').put(0x81, (byte) 'E').put(0x82, (byte) 0).put(0x83, (byte) 0);
        b.putShort(0x84, (short) 0x014C); // machine: i386
        b.putShort(0x86, (short) 1); // one section
        b.putShort(0x94, (short) 0xE0); // size of optional header
        b.putShort(0x96, (short) 0x0102); // characteristics: executable, 32-bit
        b.putShort(0x98, (short) 0x010B); // optional header magic: PE32
        return b.array();
    }
}
