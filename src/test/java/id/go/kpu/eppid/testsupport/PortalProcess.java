package id.go.kpu.eppid.testsupport;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal as a process of its own — Payara Micro with the built WAR on a given port, bound to 127.0.0.1 — for the
 * tests that must stop and start the server or give it its own settings (the fault tests), for the benchmark, and for
 * the README's run command ({@link DevServer}). The environment is the calling JVM's (failsafe's {@code PORTAL_*})
 * with {@link #env} on top. {@link #stop()} is a graceful shutdown (SIGTERM, as a service manager restarts it);
 * {@link #kill()} is not.
 */
public final class PortalProcess implements AutoCloseable {

    /** G1 prints one "heap total …, used …K" line; the serial collector one per generation. */
    private static final Pattern HEAP_USED = Pattern.compile("(?:heap|generation)\\s+total \\d+K, used (\\d+)K");

    private final Path base;
    private final Path build;
    private final int port;
    private final List<String> jvmOptions;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> microOptions = new ArrayList<>();
    private final Path log;
    private String probePath = "api/offices/5371";
    private Process process;

    /**
     * @param base the project folder (its Payara pre-boot commands)
     * @param build the build folder with payara-micro.jar and eppid.war ({@code target}, or the benchmark's)
     * @param log where the server's output goes (appended: a restart adds to it), and the server is killed if this
     *            JVM ends first; null: this console, and the caller {@link #stop stops} it (Ctrl+C in DevServer)
     */
    public PortalProcess(Path base, Path build, int port, Path log, String... jvmOptions) {
        this.base = base;
        this.build = build;
        this.port = port;
        this.log = log;
        this.jvmOptions = List.of(jvmOptions);
    }

    /** Sets an environment variable of the server (before {@link #start()}). */
    public PortalProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Adds Payara Micro command-line options, e.g. {@code --maxHttpThreads 64} (before {@link #start()}). */
    public PortalProcess microOptions(String... options) {
        microOptions.addAll(List.of(options));
        return this;
    }

    /** The path (under the portal's root) whose 200 means the portal is up; by default a demo office. */
    public PortalProcess probe(String path) {
        probePath = path;
        return this;
    }

    /** Starts the server and waits until the portal answers; returns the seconds it took. */
    public double start() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", build.resolve("payara-micro.jar").toString(),
                "--deploy", build.resolve("eppid.war").toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster",
                "--prebootcommandfile", base.resolve("src/main/payara/preboot.asadmin").toString()));
        command.addAll(microOptions);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        builder.environment().putAll(env);
        long started = System.nanoTime();
        process = builder.start();
        Process p = process;
        if (log != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly)); // a test that failed midway
        }
        URI probe = URI.create(url() + probePath);
        while (p.isAlive()) {
            try {
                HttpURLConnection c = (HttpURLConnection) probe.toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(10000);
                if (c.getResponseCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("Payara Micro stopped before the portal came up; see "
                + (log == null ? "the log above" : log));
    }

    /** The portal's base URL, ending in {@code /}. */
    public URL url() throws IOException {
        return URI.create("http://127.0.0.1:" + port + "/").toURL();
    }

    /** Waits until the server ends; returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** A graceful shutdown (SIGTERM), waited for. */
    public void stop() throws InterruptedException {
        if (isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Killed at once (SIGKILL), as by a power cut. */
    public void kill() throws InterruptedException {
        if (isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Resident memory of the server process now, in KB (Linux; 0 when it is gone). */
    public long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        return 0;
    }

    /** A full GC in the server ({@code jcmd GC.run}), then the heap in use ({@code GC.heap_info}), in KB. */
    public long heapAfterFullGcKb() throws Exception {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        long used = 0;
        boolean found = false;
        while (m.find()) {
            used += Long.parseLong(m.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info: " + info);
        }
        return used;
    }

    /**
     * The JIT compilers' working time so far, in seconds (HotSpot's {@code java.ci.totalTime} counter): the benchmark
     * measures a path only once this stops growing.
     */
    public double compileSeconds() throws Exception {
        String counters = jcmd("PerfCounter.print");
        return counter(counters, "java.ci.totalTime") / counter(counters, "sun.os.hrt.frequency");
    }

    private static double counter(String counters, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "=(\\d+)").matcher(counters);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " from jcmd PerfCounter.print");
        }
        return Double.parseDouble(m.group(1));
    }

    private String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
