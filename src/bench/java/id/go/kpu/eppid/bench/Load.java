package id.go.kpu.eppid.bench;

import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One load run inside Gatling's JVM, as {@link Benchmark} set it up with system properties: the portal's address, the
 * clients, the warm-up and measured seconds (or a fixed number of requests per client), and the file to write the
 * figures to. Each simulation saves the status and response time of its measured request, and {@link #record} counts
 * them: answers within the measured window only, after the warm-up; any answer that is not 2xx (or no answer) is an
 * error, counted over the whole run.
 */
final class Load {

    final String url = System.getProperty("bench.url");
    final int clients = Integer.getInteger("bench.clients", 16);
    final int warmupSeconds = Integer.getInteger("bench.warmup", 10);
    final int seconds = Integer.getInteger("bench.seconds", 30);
    /** Requests per client instead of a duration (the soak); 0 = by duration. */
    final int perClient = Integer.getInteger("bench.perClient", 0);
    private final Path out = Path.of(System.getProperty("bench.out"));
    private final CpuClock cpu = CpuClock.fromProperties();

    private int[] times = new int[1 << 16];
    private int n;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile long measureFrom;
    private volatile long measureTo;
    private volatile long firstAnswer;
    private volatile long lastAnswer;

    /** The run starts now (Gatling's {@code before}). */
    void start() {
        long now = System.nanoTime();
        measureFrom = perClient > 0 ? now : now + warmupSeconds * 1_000_000_000L;
        measureTo = perClient > 0 ? Long.MAX_VALUE : measureFrom + seconds * 1_000_000_000L;
        if (perClient == 0) {
            cpu.measure(measureFrom, measureTo);
        }
    }

    /** Gatling stops the run then: the warm-up, the measured seconds and a little for the answers under way. */
    java.time.Duration maxDuration() {
        return perClient > 0 ? java.time.Duration.ofHours(2) : java.time.Duration.ofSeconds(warmupSeconds + seconds + 1);
    }

    Session record(Session session) {
        requests.incrementAndGet();
        boolean ok = session.contains("status") && session.getInt("status") / 100 == 2 && !session.isFailed();
        if (!ok) {
            errors.incrementAndGet();
        }
        long now = System.nanoTime();
        if (ok && now >= measureFrom && now <= measureTo && session.contains("rt")) {
            add(session.getInt("rt"), now);
        }
        return session.remove("status").remove("rt").markAsSucceeded();
    }

    private synchronized void add(int millis, long now) {
        if (n == times.length) {
            times = Arrays.copyOf(times, n * 2);
        }
        times[n++] = millis;
        if (firstAnswer == 0) {
            firstAnswer = now;
        }
        lastAnswer = now;
    }

    /** Writes the figures (Gatling's {@code after}). */
    synchronized void write() {
        int[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        double window = perClient > 0 ? Math.max(1e-9, (lastAnswer - firstAnswer) / 1e9) : seconds;
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT, "{\"clients\":%d,\"requests\":%d,"
                + "\"ok\":%d,\"errors\":%d,\"seconds\":%.3f,\"throughput\":%.2f,\"p50\":%d,\"p95\":%d,\"p99\":%d,"
                + "\"max\":%d", clients, requests.get(), n, errors.get(), window, n / window, pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), n == 0 ? 0 : sorted[n - 1]));
        cpu.perRequest(n).forEach((k, v) -> json.append(String.format(Locale.ROOT, ",\"%s\":%.4f", k,
                v.doubleValue())));
        json.append("}\n");
        try {
            Files.writeString(out, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pct(int[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
