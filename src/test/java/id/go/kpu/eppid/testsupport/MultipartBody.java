package id.go.kpu.eppid.testsupport;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds multipart/form-data request bodies for API tests. */
public final class MultipartBody {

    private final String boundary = "----eppid" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public MultipartBody field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        write("\r\n");
        return this;
    }

    /** A file part; quotes and line breaks in the name are percent-encoded, as browsers do (WHATWG HTML). */
    public MultipartBody file(String name, String fileName, String contentType, byte[] content) {
        String quoted = fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + quoted
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public HttpRequest.BodyPublisher publisher() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(copy.toByteArray());
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A complete, valid information request to {@code officeId} with a JPEG ID scan. */
    public static MultipartBody validRequest(long officeId, String kind, byte[] idScan) {
        return validRequestFields(officeId, kind).file("idScan", "ktp.jpg", "image/jpeg", idScan);
    }

    /** Every field of a valid request to {@code officeId}, but no file yet. */
    public static MultipartBody validRequestFields(long officeId, String kind) {
        MultipartBody body = new MultipartBody().field("officeId", String.valueOf(officeId));
        validFields(kind).forEach(body::field);
        return body;
    }

    /** The fields of a valid request but the office, in form order (a test may change one and send them). */
    public static Map<String, String> validFields(String kind) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("applicantType", "INDIVIDUAL");
        fields.put("name", "Yohanes Lau");
        fields.put("idType", "NIK");
        fields.put("idNumber", "5371011203900001");
        fields.put("address", "Jl. Timor Raya No. 10, Kupang");
        fields.put("occupation", "Wartawan");
        fields.put("phone", "081237264642");
        fields.put("email", "yohanes@example.org");
        fields.put("subject", "Rekapitulasi hasil Pemilu 2024 tingkat kota");
        fields.put("purpose", "Bahan pemberitaan");
        fields.put("obtainMethod", "SOFTCOPY");
        fields.put("deliveryMethod", "EMAIL");
        fields.put("informationSource", "Berita daring");
        fields.put("consent", "true");
        return fields;
    }
}
