package id.go.kpu.eppid.staff.it;

import static id.go.kpu.eppid.testsupport.PortalApi.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.MultipartBody;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestDatabase;
import id.go.kpu.eppid.testsupport.TestFiles;
import id.go.kpu.eppid.testsupport.WebSession;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, ORG-2, ASVS V4: the access-control matrix. Every staff page (found in {@code webapp/staff}, so a new page
 * must be added to {@link #ALLOWED}) is opened by every role of KPU Kota Kupang and by an anonymous visitor; only the
 * roles listed may use it, anyone else gets 403 or 404 and the anonymous visitor the login page. Then staff of other
 * offices open Kupang's records by id, on pages, files and the REST API: all answer 404 (not even their existence
 * is revealed). Every staff REST path answers 401 without credentials and 403 to a role without the right.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    /** Role.REQUEST_WORKERS as slugs. */
    private static final String WORKERS = "admin anggota fo kabag kasubag ketua ppid sekretaris staf umum";

    /** Role.GUEST_BOOK as slugs. */
    private static final String GUEST_BOOK =
            "admin fo hd-ketua hd-koordinator hd-koordinator-harian hd-petugas ketua pamdal sekretaris";

    /** Role.HELPDESK_TEAM and the Commissioner (HD-1, HD-2) as slugs. */
    private static final String HELPDESK =
            "anggota hd-ketua hd-koordinator hd-koordinator-harian hd-petugas hd-pj hd-sekretaris";

    /**
     * Every staff page → the role slugs ({@link Role#slug()}) that may open it; "*" = every role, "" = no role
     * without a record id (a detail page opened bare answers 404, never an error). Reviewed against the role sets of
     * {@link Role} (ORG-2, HD-1, HD-2) when frozen; a change here is a change of who may see what.
     */
    static final Map<String, String> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("/staff/admin/calendar.xhtml", "admin");
        ALLOWED.put("/staff/admin/hours.xhtml", "admin");
        ALLOWED.put("/staff/admin/letter-templates.xhtml", "admin");
        ALLOWED.put("/staff/admin/regimes.xhtml", "admin");
        ALLOWED.put("/staff/admin/standards.xhtml", "admin");
        ALLOWED.put("/staff/audit.xhtml", "admin ketua sekretaris");
        ALLOWED.put("/staff/complaints.xhtml", "fo ketua ppid sekretaris umum");
        ALLOWED.put("/staff/consultations.xhtml", WORKERS);
        ALLOWED.put("/staff/dashboard.xhtml", WORKERS);
        ALLOWED.put("/staff/delivery/book.xhtml", WORKERS);
        ALLOWED.put("/staff/dip.xhtml", WORKERS);
        ALLOWED.put("/staff/guests/book.xhtml", GUEST_BOOK);
        ALLOWED.put("/staff/guests/building.xhtml", GUEST_BOOK);
        ALLOWED.put("/staff/guests/cards.xhtml", "admin pamdal");
        ALLOWED.put("/staff/guests/entry.xhtml", "");
        ALLOWED.put("/staff/guests/new.xhtml", "admin fo hd-koordinator-harian hd-petugas pamdal");
        ALLOWED.put("/staff/help/exceptions.xhtml", "*");
        ALLOWED.put("/staff/help/workflow.xhtml", "*");
        ALLOWED.put("/staff/helpdesk/callbacks.xhtml", HELPDESK);
        ALLOWED.put("/staff/helpdesk/consultation.xhtml", "");
        ALLOWED.put("/staff/helpdesk/faq.xhtml", HELPDESK);
        ALLOWED.put("/staff/helpdesk/index.xhtml", HELPDESK);
        ALLOWED.put("/staff/helpdesk/monitoring.xhtml", HELPDESK);
        ALLOWED.put("/staff/helpdesk/new.xhtml", HELPDESK.replace("anggota ", "")); // the Commissioner reads only
        ALLOWED.put("/staff/helpdesk/recaps.xhtml", HELPDESK);
        ALLOWED.put("/staff/helpdesk/team.xhtml", HELPDESK);
        ALLOWED.put("/staff/home.xhtml", "*");
        ALLOWED.put("/staff/ikm.xhtml", WORKERS + " hd-ketua hd-koordinator hd-pj hd-sekretaris");
        ALLOWED.put("/staff/letters/contacts.xhtml", "admin fo ppid umum");
        ALLOWED.put("/staff/letters/letter.xhtml", "");
        ALLOWED.put("/staff/letters/new.xhtml", "admin fo ppid umum");
        ALLOWED.put("/staff/letters/register.xhtml", "admin fo ppid umum");
        ALLOWED.put("/staff/objection.xhtml", "");
        ALLOWED.put("/staff/objections.xhtml", WORKERS);
        ALLOWED.put("/staff/outgoing/register.xhtml", WORKERS);
        ALLOWED.put("/staff/queue.xhtml", "admin fo pamdal " + HELPDESK.replace("anggota ", ""));
        ALLOWED.put("/staff/queue/ticket.xhtml", "");
        ALLOWED.put("/staff/reports.xhtml", WORKERS);
        ALLOWED.put("/staff/request.xhtml", WORKERS);
        ALLOWED.put("/staff/requests.xhtml", WORKERS);
        ALLOWED.put("/staff/walkin.xhtml", "");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyStaffPageAnswersOnlyTheRolesAllowedToUseIt() throws Exception {
        TestDatabase.unlock(); // a lock-out test of an earlier class may still hold an account
        PortalApi api = new PortalApi(base);
        long requestId = kupangRequest(api);
        List<String> pages;
        try (Stream<Path> walk = Files.walk(Path.of("webapp/staff"))) {
            pages = walk.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + Path.of("webapp").relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        Map<String, Map<String, Integer>> actual = new TreeMap<>();
        WebSession anonymous = new WebSession(base);
        List<String> problems = new ArrayList<>();
        for (Role role : Role.values()) {
            WebSession session = new WebSession(base).login(role.slug() + ".kupang");
            for (String page : pages) {
                HttpResponse<String> r = session.get(withId(page, requestId));
                actual.computeIfAbsent(page, k -> new TreeMap<>()).put(role.slug(), r.statusCode());
                if (r.statusCode() >= 500 || (r.statusCode() != 200 && r.statusCode() != 403
                        && r.statusCode() != 404)) {
                    problems.add(role.slug() + " " + page + " → " + r.statusCode());
                }
            }
        }
        for (String page : pages) {
            HttpResponse<String> r = anonymous.get(withId(page, requestId));
            if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
                problems.add("anonymous " + page + " → " + r.statusCode() + " (expected the login page)");
            }
        }
        StringBuilder table = new StringBuilder();
        for (var e : actual.entrySet()) {
            String allowed = e.getValue().entrySet().stream().filter(x -> x.getValue() == 200).map(Map.Entry::getKey)
                    .collect(Collectors.joining(" "));
            table.append(String.format("        ALLOWED.put(\"%s\", \"%s\");%n", e.getKey(),
                    allowed.split(" ").length == Role.values().length ? "*" : allowed));
            String expected = ALLOWED.get(e.getKey());
            if (expected == null) {
                problems.add(e.getKey() + " is not in the matrix");
                continue;
            }
            var want = expected.equals("*") ? Arrays.stream(Role.values()).map(Role::slug)
                    .collect(Collectors.toCollection(TreeSet::new))
                    : Arrays.stream(expected.split(" ")).filter(r -> !r.isBlank())
                            .collect(Collectors.toCollection(TreeSet::new));
            var got = new TreeSet<>(e.getValue().entrySet().stream().filter(x -> x.getValue() == 200)
                    .map(Map.Entry::getKey).toList());
            if (!want.equals(got)) {
                problems.add(e.getKey() + ": allowed " + want + " but answered " + got);
            }
        }
        System.out.println("Access matrix as answered:\n" + table);
        System.out.printf("Access matrix: %d pages × %d roles + anonymous = %d requests, problems %d%n",
                pages.size(), Role.values().length, pages.size() * (Role.values().length + 1), problems.size());
        assertEquals(List.of(), problems);
    }

    @Test
    void anotherOfficesStaffFindNoneOfKupangsRecords() throws Exception {
        PortalApi api = new PortalApi(base);
        String number = kupangNumber(api);
        long requestId = single("select id from service_request where registration_number = ?", number);
        long fileId = single("select id from request_file where request_id = ?", requestId);
        for (String user : List.of("fo.ntt", "ppid.ntt", "admin.ntt", "ppid.ri", "fo.mesuji")) {
            WebSession other = new WebSession(base).login(user);
            for (String path : List.of("/staff/request.xhtml?id=" + requestId, "/staff/files/" + fileId,
                    "/staff/disposition/" + requestId)) {
                int status = other.get(path).statusCode();
                assertTrue(status == 404 || status == 403, user + " " + path + " → " + status);
            }
            HttpResponse<String> detail = api.send(HttpRequest.newBuilder(api.uri("/api/staff/requests/" + requestId))
                    .header("Authorization", basic(user)));
            assertTrue(detail.statusCode() == 404 || detail.statusCode() == 403,
                    user + " API → " + detail.statusCode());
            HttpResponse<String> list = api.send(HttpRequest.newBuilder(api.uri("/api/staff/requests?size=100"))
                    .header("Authorization", basic(user)));
            assertEquals(200, list.statusCode(), user + " " + list.body());
            assertFalse(list.body().contains(number), user + " sees Kupang's request in its list");
        }
    }

    @Test
    void everyStaffApiPathWantsCredentialsAndTheRightRole() throws Exception {
        PortalApi api = new PortalApi(base);
        long requestId = kupangRequest(api);
        List<String> paths = List.of("/api/staff/requests", "/api/staff/requests/" + requestId,
                "/api/staff/queue/tickets", "/api/staff/queue/desks");
        for (String path : paths) {
            assertEquals(401, api.send(HttpRequest.newBuilder(api.uri(path))).statusCode(), path + " anonymous");
            assertEquals(401, api.send(HttpRequest.newBuilder(api.uri(path))
                    .header("Authorization", basic("ppid.kupang", "salah"))).statusCode(), path + " wrong password");
        }
        assertEquals(403, api.send(HttpRequest.newBuilder(api.uri("/api/staff/requests"))
                .header("Authorization", basic("pamdal.kupang"))).statusCode(), "the security desk has no worklist");
        assertEquals(403, api.send(HttpRequest.newBuilder(api.uri("/api/staff/queue/desks"))
                .header("Authorization", basic("ppid.kupang"))).statusCode(), "the PPID operator issues no tickets");
        assertEquals(403, api.send(HttpRequest.newBuilder(api.uri("/api/staff/queue/desks/1/open"))
                .header("Authorization", basic("pamdal.kupang"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "the security desk serves at no desk");
    }

    private static String withId(String page, long requestId) {
        return page.equals("/staff/request.xhtml") ? page + "?id=" + requestId : page;
    }

    private long kupangRequest(PortalApi api) throws Exception {
        return single("select id from service_request where registration_number = ?", kupangNumber(api));
    }

    private static String kupangNumber(PortalApi api) throws Exception {
        HttpResponse<String> r = api.submit(MultipartBody.validRequest(api.officeId("5371"), "INFORMATION",
                TestFiles.smallJpeg()), "id");
        assertEquals(201, r.statusCode(), r.body());
        return PortalApi.json(r).getString("registrationNumber");
    }

    private static long single(String sql, Object parameter) throws Exception {
        return TestDatabase.number(sql, parameter);
    }
}
