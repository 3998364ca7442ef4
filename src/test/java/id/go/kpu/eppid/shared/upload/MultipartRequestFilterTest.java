package id.go.kpu.eppid.shared.upload;

import static id.go.kpu.eppid.shared.upload.MultipartParserTest.randomBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.shared.upload.MultipartParserTest.Body;
import id.go.kpu.eppid.shared.upload.MultipartParserTest.FakeRequest;
import id.go.kpu.eppid.shared.upload.MultipartParserTest.FakeResponse;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartRequestFilterTest {

    @TempDir
    Path temp;

    private MultipartRequestFilter filter() {
        return new MultipartRequestFilter(MultipartParser.builder().tempDir(temp).memoryThreshold(1024)
                .maxFileSize(100_000).maxRequestSize(400_000).skipOversizedFiles(true).build());
    }

    @Test
    void nonMultipartRequestsPassThroughUntouched() throws Exception {
        FakeRequest get = new FakeRequest("GET", null, new byte[0]);
        FakeRequest form = new FakeRequest("POST", "application/x-www-form-urlencoded", "a=b".getBytes());
        FakeRequest put = FakeRequest.multipart(new Body().field("a", "b"));
        FakeRequest putReq = new FakeRequest("PUT", put.contentType, put.body);
        for (FakeRequest fake : List.of(get, form, putReq)) {
            AtomicReference<ServletRequest> seen = new AtomicReference<>();
            filter().doFilter(fake.proxy(), new FakeResponse().proxy(), (req, res) -> seen.set(req));
            assertSame(fake.proxy(), seen.get(), fake.method + " " + fake.contentType);
            assertEquals(0, fake.bytesRead());
        }
    }

    @Test
    void multipartRequestIsWrappedWithMergedParametersAndParts() throws Exception {
        byte[] photo = randomBytes(20_000);
        Body body = new Body()
                .field("form", "form")
                .field("form:kota", MultipartParserTest.KUPANG)
                .field("pilihan", "body")
                .file("form:ktp", "../../ktp\u202Egpj.exe", "image/jpeg", photo)
                .file("form:kosong", "", "application/octet-stream", new byte[0])
                .field("jakarta.faces.ViewState", "vs");
        FakeRequest fake = FakeRequest.multipart(body).query("pilihan=query&lang=id&q=Nusa+Tenggara%20Timur&bad=%zz");
        List<String> checked = new ArrayList<>();
        Path written = temp.resolveSibling(temp.getFileName() + "-written.bin");

        filter().doFilter(fake.proxy(), new FakeResponse().proxy(), (req, res) -> {
            HttpServletRequest r = assertInstanceOf(MultipartRequestWrapper.class, req);
            assertEquals(MultipartParserTest.KUPANG, r.getParameter("form:kota"));
            assertArrayEquals(new String[] {"query", "body"}, r.getParameterValues("pilihan"),
                    "query string first, then body");
            assertEquals("query", r.getParameter("pilihan"));
            assertEquals("id", r.getParameter("lang"));
            assertEquals("Nusa Tenggara Timur", r.getParameter("q"));
            assertEquals("%zz", r.getParameter("bad"));
            assertNull(r.getParameter("form:ktp"), "files are not parameters");
            assertNull(r.getParameter("missing"));
            Map<String, String[]> map = r.getParameterMap();
            assertEquals(List.of("pilihan", "lang", "q", "bad", "form", "form:kota", "jakarta.faces.ViewState"),
                    new ArrayList<>(map.keySet()));
            assertThrows(UnsupportedOperationException.class, () -> map.put("x", new String[0]));
            assertEquals(new ArrayList<>(map.keySet()), Collections.list(r.getParameterNames()));

            try {
                List<Part> parts = new ArrayList<>(r.getParts());
                assertEquals(6, parts.size(), "every part, fields included");
                Part ktp = r.getPart("form:ktp");
                assertNotNull(ktp);
                assertEquals("form:ktp", ktp.getName());
                assertEquals("ktpgpj.exe", ktp.getSubmittedFileName());
                assertEquals("form-data; name=\"form:ktp\"; filename=\"ktpgpj.exe\"",
                        ktp.getHeader("content-disposition"));
                assertEquals(ktp.getHeader("content-disposition"), ktp.getHeader("Content-Disposition"));
                assertEquals("image/jpeg", ktp.getContentType());
                assertEquals("image/jpeg", ktp.getHeader("content-type"));
                assertEquals(photo.length, ktp.getSize());
                try (InputStream in = ktp.getInputStream()) {
                    assertArrayEquals(photo, in.readAllBytes());
                }
                ktp.write(written.toString());
                assertArrayEquals(photo, Files.readAllBytes(written));
                ktp.write("relative.bin");
                assertArrayEquals(photo, Files.readAllBytes(temp.resolve("relative.bin")));
                Files.delete(temp.resolve("relative.bin"));

                Part empty = r.getPart("form:kosong");
                assertEquals("", empty.getSubmittedFileName());
                assertEquals(0, empty.getSize());
                assertTrue(empty.getHeader("content-disposition").endsWith("filename=\"\""),
                        "Faces treats this as 'no file chosen'");

                Part field = r.getPart("form:kota");
                assertNull(field.getSubmittedFileName());
                assertEquals("form-data; name=\"form:kota\"", field.getHeader("content-disposition"));
                try (InputStream in = field.getInputStream()) {
                    assertEquals(MultipartParserTest.KUPANG, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                assertNull(r.getPart("nothing"));

                assertEquals(1, MultipartParserTest.listDir(temp).size(), "the photo's temp file");
                ktp.delete();
                assertTrue(MultipartParserTest.listDir(temp).isEmpty(), "Part.delete() removes the temp file");
            } catch (IOException | ServletException e) {
                throw new AssertionError(e);
            }
            assertTrue(MultipartRequestFilter.multipart(req).isPresent());
            assertTrue(MultipartRequestFilter.uploadError(req).isEmpty());
            checked.add("chain");
        });
        Files.deleteIfExists(written);
        assertEquals(List.of("chain"), checked);
        assertTrue(fake.forbiddenCalls.isEmpty(), "container asked for: " + fake.forbiddenCalls);
        assertTrue(MultipartRequestFilter.multipart(fake.proxy()).isEmpty(), "attribute removed afterwards");
    }

    @Test
    void tempFilesAreDeletedAfterTheChainEvenWhenItThrows() throws Exception {
        Body body = new Body().file("a", "a.bin", "application/octet-stream", randomBytes(30_000))
                .file("b", "b.bin", "application/octet-stream", randomBytes(30_000));
        FakeRequest fake = FakeRequest.multipart(body);
        List<Integer> during = new ArrayList<>();
        assertThrows(ServletException.class, () -> filter().doFilter(fake.proxy(), new FakeResponse().proxy(),
                (req, res) -> {
                    during.add(MultipartParserTest.listDir(temp).size());
                    throw new ServletException("boom in the application");
                }));
        assertEquals(List.of(2), during);
        assertTrue(MultipartParserTest.listDir(temp).isEmpty());

        FakeRequest ok = FakeRequest.multipart(body);
        filter().doFilter(ok.proxy(), new FakeResponse().proxy(), (req, res) -> { });
        assertTrue(MultipartParserTest.listDir(temp).isEmpty());
    }

    @Test
    void oversizedFileSetsAttributeAndChainContinuesWithAllFields() throws Exception {
        Body body = new Body()
                .field("form", "form")
                .file("form:ktp", "besar.jpg", "image/jpeg", randomBytes(150_000))
                .field("jakarta.faces.ViewState", "vs");
        FakeRequest fake = FakeRequest.multipart(body);
        List<String> seen = new ArrayList<>();
        filter().doFilter(fake.proxy(), new FakeResponse().proxy(), (req, res) -> {
            HttpServletRequest r = (HttpServletRequest) req;
            UploadTooLargeException e = MultipartRequestFilter.uploadError(req).orElseThrow();
            assertSame(e, req.getAttribute(MultipartRequestFilter.ERROR_ATTRIBUTE));
            assertEquals(UploadTooLargeException.Kind.FILE_SIZE, e.getKind());
            assertEquals("form:ktp", e.getFieldName());
            assertEquals(100_000, e.getLimit());
            assertEquals("vs", r.getParameter("jakarta.faces.ViewState"), "fields after the file are there");
            try {
                Part stub = r.getPart("form:ktp");
                assertEquals("", stub.getSubmittedFileName());
                assertEquals(0, stub.getSize());
                assertTrue(stub.getHeader("content-disposition").endsWith("filename=\"\""));
            } catch (IOException | ServletException ex) {
                throw new AssertionError(ex);
            }
            seen.add("chain");
        });
        assertEquals(List.of("chain"), seen);
        assertTrue(MultipartParserTest.listDir(temp).isEmpty());
    }

    @Test
    void oversizedRequestGets413() throws Exception {
        Body body = new Body().field("a", "b").file("f", "f.bin", "application/octet-stream", randomBytes(500_000));
        FakeRequest fake = FakeRequest.multipart(body);
        FakeResponse response = new FakeResponse();
        filter().doFilter(fake.proxy(), response.proxy(), (req, res) -> {
            throw new AssertionError("chain must not run");
        });
        assertEquals(413, response.status);
        assertTrue(response.contentType.startsWith("text/plain"));
        assertTrue(response.body.toString().contains("too large"), response.body.toString());
        assertEquals("close", response.headers.get("connection"));
        UploadTooLargeException e = MultipartRequestFilter.uploadError(fake.proxy()).orElseThrow();
        assertEquals(UploadTooLargeException.Kind.REQUEST_SIZE, e.getKind());
        assertEquals(400_000, e.getLimit());
        assertTrue(MultipartParserTest.listDir(temp).isEmpty());
    }

    @Test
    void chunkedOversizedRequestGets413AndLeavesNoTempFile() throws Exception {
        Body body = new Body();
        for (int i = 0; i < 6; i++) {
            body.file("f" + i, i + ".bin", "application/octet-stream", randomBytes(90_000));
        }
        FakeRequest fake = FakeRequest.multipart(body).unknownLength();
        FakeResponse response = new FakeResponse();
        filter().doFilter(fake.proxy(), response.proxy(), (req, res) -> {
            throw new AssertionError("chain must not run");
        });
        assertEquals(413, response.status);
        assertTrue(MultipartParserTest.listDir(temp).isEmpty());
    }

    @Test
    void malformedBodyGets400() throws Exception {
        FakeRequest fake = new FakeRequest("POST", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".getBytes(StandardCharsets.US_ASCII));
        FakeResponse response = new FakeResponse();
        filter().doFilter(fake.proxy(), response.proxy(), (req, res) -> {
            throw new AssertionError("chain must not run");
        });
        assertEquals(400, response.status);
        assertTrue(response.contentType.startsWith("text/plain"));
    }

    @Test
    void initParametersConfigureTheParser() throws Exception {
        Map<String, String> params = Map.of("maxFileSize", "2MB", "maxRequestSize", "5 MB",
                "memoryThreshold", "32KB", "maxParts", "50", "tempDir", temp.toString());
        FilterConfig config = (FilterConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FilterConfig.class}, (p, m, args) -> switch (m.getName()) {
                    case "getInitParameter" -> params.get((String) args[0]);
                    case "getFilterName" -> "multipart";
                    case "getServletContext" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        MultipartRequestFilter filter = new MultipartRequestFilter();
        assertEquals(10 * MultipartParser.MB, filter.parser().maxFileSize());
        assertEquals(25 * MultipartParser.MB, filter.parser().maxRequestSize());
        filter.init(config);
        MultipartParser parser = filter.parser();
        assertEquals(2 * MultipartParser.MB, parser.maxFileSize());
        assertEquals(5 * MultipartParser.MB, parser.maxRequestSize());
        assertEquals(32 * 1024, parser.memoryThreshold());
        assertEquals(50, parser.maxParts());
        assertEquals(temp.toAbsolutePath(), parser.tempDir());
        assertTrue(parser.skipsOversizedFiles());

        assertEquals(1536, MultipartRequestFilter.parseSize("1536"));
        assertEquals(10L * 1024 * 1024, MultipartRequestFilter.parseSize("10m"));
        assertEquals(1024L * 1024 * 1024, MultipartRequestFilter.parseSize("1GiB"));
        assertThrows(IllegalArgumentException.class, () -> MultipartRequestFilter.parseSize("ten MB"));
        Map<String, String> bad = Map.of("maxFileSize", "lots");
        FilterConfig badConfig = (FilterConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FilterConfig.class}, (p, m, args) -> switch (m.getName()) {
                    case "getInitParameter" -> bad.get((String) args[0]);
                    default -> null;
                });
        assertThrows(ServletException.class, () -> new MultipartRequestFilter().init(badConfig));
    }

    @Test
    void queryStringParsing() {
        Map<String, List<String>> q = MultipartRequestWrapper.parseQueryString("a=1&a=2&b&=x&&c=%E2%80%93&d=a%3Db");
        assertEquals(List.of("1", "2"), q.get("a"));
        assertEquals(List.of(""), q.get("b"));
        assertEquals(List.of("–"), q.get("c"));
        assertEquals(List.of("a=b"), q.get("d"));
        assertFalse(q.containsKey(""));
        assertTrue(MultipartRequestWrapper.parseQueryString(null).isEmpty());
    }
}
