package id.go.kpu.eppid.queue.it;

import static id.go.kpu.eppid.testsupport.PortalApi.basic;
import static id.go.kpu.eppid.testsupport.PortalApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.kpu.eppid.testsupport.Deployments;
import id.go.kpu.eppid.testsupport.PortalApi;
import id.go.kpu.eppid.testsupport.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The queue through its API: numbers without gaps or duplicates under concurrent issuing, two desks calling at
 * the same moment never sharing a ticket, priority and issue order, transfer keeping the number, refused steps,
 * the audit trail, and office scoping and roles. Each test uses its own demo office so they stay independent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueueIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalApi api;
    /** Each account's client keeps its session, so each signs in (one PBKDF2) once per test class. */
    private final Map<String, PortalApi> sessions = new ConcurrentHashMap<>();

    private PortalApi api() {
        if (api == null) {
            api = new PortalApi(base);
        }
        return api;
    }

    private PortalApi api(String user) {
        return user == null ? api() : sessions.computeIfAbsent(user, u -> api().withSession());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(api().uri(path)).header("Accept-Language", "id");
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return api(user).send(b);
    }

    private HttpResponse<String> post(String user, String path, String jsonBody) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(api().uri(path)).header("Accept-Language", "id");
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        if (jsonBody != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.POST(HttpRequest.BodyPublishers.noBody());
        }
        return api(user).send(b);
    }

    private HttpResponse<String> issueResponse(String user, String service, String priority) throws Exception {
        return post(user, "/api/staff/queue/tickets",
                "{\"service\":\"" + service + "\",\"priority\":\"" + priority + "\"}");
    }

    private JsonObject issue(String user, String service, String priority) throws Exception {
        HttpResponse<String> r = issueResponse(user, service, priority);
        assertEquals(201, r.statusCode(), r.body());
        return json(r);
    }

    private JsonObject ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return json(r);
    }

    private long desk(String user, String name) throws Exception {
        HttpResponse<String> r = get(user, "/api/staff/queue/desks");
        assertEquals(200, r.statusCode(), r.body());
        JsonArray desks = jsonArray(r);
        for (int i = 0; i < desks.size(); i++) {
            if (name.equals(desks.getJsonObject(i).getString("name"))) {
                return desks.getJsonObject(i).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no desk " + name + " in " + r.body());
    }

    private static JsonArray jsonArray(HttpResponse<String> r) {
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
    }

    private HttpResponse<String> step(String user, long desk, String step) throws Exception {
        return post(user, "/api/staff/queue/desks/" + desk + "/" + step, null);
    }

    private List<JsonObject> today(String user) throws Exception {
        JsonArray tickets = ok(get(user, "/api/staff/queue/tickets")).getJsonArray("tickets");
        List<JsonObject> list = new ArrayList<>();
        tickets.forEach(v -> list.add(v.asJsonObject()));
        return list;
    }

    @Test
    void concurrentIssuingGivesConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        String user = "fo.cilacap";
        long before = today(user).stream().filter(t -> "SIPOL_HELPDESK".equals(t.getString("service"))).count();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return issueResponse(user, "SIPOL_HELPDESK", "NONE");
                }));
            }
            go.countDown();
            Set<String> numbers = new TreeSet<>();
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertEquals(201, r.statusCode(), r.body());
                assertTrue(numbers.add(json(r).getString("number")), "duplicate: " + r.body());
            }
            Set<String> expected = new TreeSet<>();
            IntStream.rangeClosed((int) before + 1, (int) before + 40)
                    .forEach(n -> expected.add(String.format("C-%03d", n)));
            assertEquals(expected, numbers, "numbers " + (before + 1) + ".." + (before + 40) + ", no gap");
        } finally {
            pool.shutdownNow();
        }
        List<String> stored = today(user).stream().filter(t -> "SIPOL_HELPDESK".equals(t.getString("service")))
                .map(t -> t.getString("number")).toList();
        assertEquals(before + 40, stored.size());
        assertEquals(stored.size(), new HashSet<>(stored).size(), "stored numbers are unique");
    }

    @Test
    void twoDesksCallingAtTheSameMomentNeverGetTheSameTicket() throws Exception {
        long desk1 = desk("fo.ntb", "Meja 1");
        long desk2 = desk("admin.ntb", "Meja 2");
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            issued.add(issue(i % 3 == 0 ? "admin.ntb" : "fo.ntb", i % 2 == 0 ? "INFORMATION" : "CONSULTATION",
                    "NONE").getString("number"));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> desks = new ArrayList<>();
            for (Object[] d : new Object[][] {{"fo.ntb", desk1}, {"admin.ntb", desk2}}) {
                Callable<List<String>> work = () -> {
                    String user = (String) d[0];
                    long desk = (Long) d[1];
                    List<String> called = new ArrayList<>();
                    go.await();
                    while (true) {
                        HttpResponse<String> r = step(user, desk, "call-next");
                        if (r.statusCode() == 409) {
                            assertEquals("queue.error.nothingWaiting",
                                    json(r).getJsonArray("problems").getJsonObject(0).getString("code"), r.body());
                            return called;
                        }
                        called.add(ok(r).getString("number"));
                        ok(step(user, desk, "start"));
                        ok(step(user, desk, "finish"));
                    }
                };
                desks.add(pool.submit(work));
            }
            go.countDown();
            List<String> one = desks.get(0).get(120, TimeUnit.SECONDS);
            List<String> two = desks.get(1).get(120, TimeUnit.SECONDS);
            List<String> all = new ArrayList<>(one);
            all.addAll(two);
            assertEquals(all.size(), new HashSet<>(all).size(), "a ticket called twice: " + one + " / " + two);
            assertEquals(issued, new HashSet<>(all), "every ticket called exactly once");
            assertFalse(one.isEmpty() || two.isEmpty(), "both desks worked: " + one + " / " + two);
        } finally {
            pool.shutdownNow();
        }
        // nothing left: a clear refusal in the caller's language
        HttpResponse<String> none = step("fo.ntb", desk1, "call-next");
        assertEquals(409, none.statusCode());
        assertEquals("QUEUE_RULE", json(none).getString("code"));
        assertTrue(json(none).getString("message").contains("Tidak ada antrian yang menunggu"), none.body());
        HttpResponse<String> english = api("fo.ntb").send(HttpRequest.newBuilder(api().uri(
                        "/api/staff/queue/desks/" + desk1 + "/finish")).header("Authorization", basic("fo.ntb"))
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, english.statusCode());
        assertEquals("No ticket has been called at this desk.", json(english).getString("message"));
        List<JsonObject> day = today("fo.ntb");
        assertTrue(day.stream().allMatch(t -> "DONE".equals(t.getString("status"))), "all served");
        for (JsonObject t : day) {
            assertTrue(t.getJsonNumber("waitingSeconds").longValue() >= 0);
            assertTrue(t.getJsonNumber("serviceSeconds").longValue() >= 0);
        }
    }

    @Test
    void priorityGoesFirstTransferKeepsNumberAndPlaceAndEveryStepIsAudited() throws Exception {
        String fo = "fo.lampung";
        long meja2 = desk(fo, "Meja 2");
        long meja3 = desk(fo, "Meja 3");
        drain(fo);
        JsonObject n1 = issue(fo, "CONSULTATION", "NONE");
        JsonObject n2 = issue(fo, "CONSULTATION", "NONE");
        JsonObject p1 = issue(fo, "CONSULTATION", "ELDERLY");
        assertTrue(n1.getString("number").startsWith("B-"), n1.toString());
        assertTrue(!n1.containsKey("directDesk") || n1.isNull("directDesk"),
                "no desk is staffed yet, nobody is sent straight to one: " + n1);
        assertEquals(1, n2.getInt("ahead"));
        assertEquals(0, p1.getInt("ahead"), "the elderly visitor is ahead of both");

        JsonObject first = ok(step(fo, meja2, "call-next"));
        assertEquals(p1.getString("number"), first.getString("number"), "priority first");
        assertEquals("CALLED", first.getString("status"));
        HttpResponse<String> busy = step(fo, meja2, "call-next");
        assertEquals(409, busy.statusCode());
        assertTrue(json(busy).getString("message").contains(p1.getString("number")), busy.body());
        HttpResponse<String> finishEarly = step(fo, meja2, "finish");
        assertEquals(409, finishEarly.statusCode(), "finish a ticket not being served");
        assertEquals("Hanya antrian yang sedang dilayani yang dapat diselesaikan.",
                json(finishEarly).getString("message"));
        ok(step(fo, meja2, "start"));
        JsonObject moved = ok(post(fo, "/api/staff/queue/desks/" + meja2 + "/transfer",
                "{\"service\":\"SIPOL_HELPDESK\"}"));
        assertEquals("WAITING", moved.getString("status"));
        assertEquals(p1.getString("number"), moved.getString("number"), "keeps its number");
        assertEquals("SIPOL_HELPDESK", moved.getString("currentService"));

        JsonObject second = ok(step(fo, meja2, "call-next"));
        assertEquals(n1.getString("number"), second.getString("number"), "then issue order");
        ok(step(fo, meja2, "no-show"));
        JsonObject third = ok(step(fo, meja2, "call-next"));
        assertEquals(n2.getString("number"), third.getString("number"));
        HttpResponse<String> stale = post(fo, "/api/staff/queue/desks/" + meja2 + "/recall?ticket="
                + second.getJsonNumber("id").longValue(), null);
        assertEquals(409, stale.statusCode(), "a console showing another ticket is refused");
        JsonObject recalled = ok(post(fo, "/api/staff/queue/desks/" + meja2 + "/recall?ticket="
                + third.getJsonNumber("id").longValue(), null));
        assertEquals(2, recalled.getInt("callCount"));
        ok(step(fo, meja2, "start"));
        ok(step(fo, meja2, "finish"));

        // the transferred ticket is called at the SIPOL desk with its original number, waiting time from the first call
        JsonObject atSipol = ok(step(fo, meja3, "call-next"));
        assertEquals(p1.getString("number"), atSipol.getString("number"));
        assertEquals(first.getString("firstCalledAt"), atSipol.getString("firstCalledAt"));
        ok(step(fo, meja3, "start"));
        JsonObject done = ok(step(fo, meja3, "finish"));
        assertEquals("DONE", done.getString("status"));
        assertEquals(2, atSipol.getInt("callCount"));

        // seed 002: with nobody waiting and a staffed free desk, the next visitor goes straight to it
        ok(post("admin.lampung", "/api/staff/queue/desks/" + desk("admin.lampung", "Meja 1") + "/open", null));
        JsonObject direct = issue(fo, "CONSULTATION", "NONE");
        assertEquals("Meja 1", direct.getString("directDesk"), direct.toString());
        assertEquals(0, direct.getInt("ahead"));

        assertEquals(List.of("TICKET_ISSUED", "TICKET_CALLED", "SERVICE_STARTED", "TICKET_TRANSFERRED",
                "TICKET_CALLED", "SERVICE_STARTED", "SERVICE_FINISHED"), audit(p1.getJsonNumber("id").longValue()));
        assertEquals(List.of("TICKET_ISSUED", "TICKET_CALLED", "TICKET_NO_SHOW"),
                audit(n1.getJsonNumber("id").longValue()));
        assertEquals(List.of("TICKET_ISSUED", "TICKET_CALLED", "TICKET_RECALLED", "SERVICE_STARTED",
                "SERVICE_FINISHED"), audit(n2.getJsonNumber("id").longValue()));
    }

    /** Empties the office's queue (a rerun on the same database starts like a fresh one) and leaves every desk. */
    private void drain(String user) throws Exception {
        HttpResponse<String> desks = get(user, "/api/staff/queue/desks");
        JsonArray all = jsonArray(desks);
        for (int i = 0; i < all.size(); i++) {
            long desk = all.getJsonObject(i).getJsonNumber("id").longValue();
            step(user, desk, "finish");
            step(user, desk, "no-show");
            while (step(user, desk, "call-next").statusCode() == 200) {
                ok(step(user, desk, "no-show"));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            ok(step(user, all.getJsonObject(i).getJsonNumber("id").longValue(), "close"));
        }
    }

    /** The audit actions of a ticket, oldest first; every line names the staff member who acted. */
    private List<String> audit(long ticketId) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"), TestDatabase.USER,
                TestDatabase.PASSWORD);
                PreparedStatement s = c.prepareStatement("SELECT action, actor, detail FROM audit_event "
                        + "WHERE subject_type = 'QUEUE_TICKET' AND subject_id = ? ORDER BY id")) {
            s.setLong(1, ticketId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                    assertTrue(r.getString(2).endsWith(".lampung"), r.getString(2));
                }
            }
        }
        return Collections.unmodifiableList(actions);
    }

    @Test
    void otherOfficesSeeNothingAndRolesAreChecked() throws Exception {
        JsonObject kupang = issue("pamdal.kupang", "SIPOL_HELPDESK", "DISABLED");
        long id = kupang.getJsonNumber("id").longValue();
        long kupangDesk = desk("fo.kupang", "Meja 3");
        assertEquals(200, get("fo.kupang", "/api/staff/queue/tickets/" + id).statusCode());

        assertEquals(404, get("fo.mesuji", "/api/staff/queue/tickets/" + id).statusCode(), "another office's ticket");
        HttpResponse<String> otherDesk = step("fo.mesuji", kupangDesk, "call-next");
        assertEquals(404, otherDesk.statusCode(), otherDesk.body());
        assertEquals("NOT_FOUND", json(otherDesk).getString("code"));
        assertEquals(404, post("fo.mesuji", "/api/staff/queue/desks/" + kupangDesk + "/open", null).statusCode());
        assertFalse(get("fo.mesuji", "/api/staff/queue/tickets").body().contains("\"id\":" + id + ","));
        assertFalse(get("fo.mesuji", "/api/staff/queue/desks").body().contains("\"id\":" + kupangDesk + ","));

        assertEquals(403, step("pamdal.kupang", kupangDesk, "call-next").statusCode(),
                "the security desk issues tickets but works no desk");
        assertEquals(403, issueResponse("ppid.kupang", "INFORMATION", "NONE").statusCode());
        assertEquals(401, issueResponse(null, "INFORMATION", "NONE").statusCode());
        HttpResponse<String> noService = post("fo.kupang", "/api/staff/queue/tickets", "{\"priority\":\"NONE\"}");
        assertEquals(409, noService.statusCode(), noService.body());
        assertEquals("Pilih layanan.", json(noService).getString("message"));

        // the public display: no sign-in, only numbers, desks, counts and times
        HttpResponse<String> display = get(null, "/api/queue/5371/display");
        assertEquals(200, display.statusCode(), display.body());
        JsonObject board = json(display);
        assertEquals("Komisi Pemilihan Umum Kota Kupang", board.getString("officeName"));
        assertEquals("WITA", board.getString("zone"));
        assertTrue(board.getJsonArray("waiting").stream().anyMatch(w -> "SIPOL_HELPDESK".equals(
                w.asJsonObject().getString("service")) && w.asJsonObject().getInt("count") >= 1));
        for (String secret : new String[] {"pamdal", "fo.kupang", "issuedBy", "guestEntry", "requestId", "\"id\""}) {
            assertFalse(display.body().contains(secret), "display shows nothing private: " + secret);
        }
        assertEquals(404, get(null, "/api/queue/9999/display").statusCode());
    }
}
