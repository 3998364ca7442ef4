package id.go.kpu.eppid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's result file, {@code bench/results/<date>-<host>.md}: the machine, each figure, its target. */
final class Results {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":([-0-9.]+)");

    private Results() {
    }

    /** The flat JSON object {@link Load#write} writes. */
    static Map<String, Number> parse(String json) {
        Map<String, Number> map = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            String v = m.group(2);
            map.put(m.group(1), v.contains(".") ? (Number) Double.parseDouble(v) : (Number) Long.parseLong(v));
        }
        return map;
    }

    static Path write(Path base, Map<String, Map<String, Number>> runs, List<String> notes) throws IOException {
        StringBuilder md = new StringBuilder();
        int cores = Runtime.getRuntime().availableProcessors();
        md.append("# Benchmark ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append("\n\n");
        md.append(String.format(Locale.ROOT, "- Machine: %s, %d cores (%s), %s memory%n", Benchmark.host(), cores,
                cpu(), memory()));
        md.append(String.format(Locale.ROOT, "- Java %s (%s); Payara Micro `%s` with `%s %s` and %s "
                + "(the soak: `-Xmx512m`); the load from Gatling on the same machine%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), String.join(" ", Benchmark.MICRO), Benchmark.HEAP,
                String.join(" ", Benchmark.JVM),
                new java.util.TreeMap<>(Benchmark.MALLOC).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(java.util.stream.Collectors.joining(" "))));
        md.append("- Command: `mvn -Pbench verify` (see README, Performance)\n\n");

        Map<String, Number> ds = runs.get("dataset.total");
        if (ds != null) {
            md.append(String.format(Locale.ROOT, "Data set: %,d requests; KPU Kota Kupang %,d, of which %,d %s.%n",
                    ds.get("service_request").longValue(), ds.get("office").longValue(),
                    ds.get("office_status").longValue(), Benchmark.STATUS));
            Map<String, Number> built = runs.get("dataset");
            if (built != null) {
                md.append(String.format(Locale.ROOT, "Built this run: %,d requests in %.0f s.%n",
                        built.get("written").longValue(), built.get("seconds").doubleValue()));
            }
            md.append('\n');
        }

        md.append("| Scenario | Clients | Throughput (/s) | p50 ms | p95 ms | p99 ms | Errors | Ratio to floor | Target | Met |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (int clients : new int[] {16, 50}) {
            Map<String, Number> floor = runs.get("floor." + clients);
            Map<String, Number> p1 = runs.get("p1." + clients);
            if (floor == null || p1 == null) {
                continue;
            }
            row(md, label("floor"), floor, "1.00×", "", "");
            double tRatio = d(p1, "throughput") / d(floor, "throughput");
            double pRatio = d(p1, "p95") / Math.max(1, d(floor, "p95"));
            boolean met = tRatio >= 0.8 && (clients == 16 ? d(p1, "p95") <= 100 : pRatio <= 1.5)
                    && p1.get("errors").longValue() == 0;
            row(md, label("p1"), p1, String.format(Locale.ROOT, "%.2f× throughput, %.2f× p95", tRatio, pRatio),
                    clients == 16 ? "≥ 0.8× throughput, p95 ≤ 100 ms" : "≥ 0.8× throughput, p95 ≤ 1.5× floor",
                    met ? "yes" : "**no**");
        }
        Map<String, Number> p2 = runs.get("p2.worklist");
        Map<String, Number> sql = runs.get("p2.sql");
        if (p2 != null && sql != null) {
            row(md, label("p2.sql"), sql, "", "", "");
            double ratio = d(p2, "p95") / Math.max(1, d(sql, "p95"));
            row(md, label("p2.worklist"), p2, String.format(Locale.ROOT, "%.2f× SQL p95", ratio),
                    "p95 ≤ 100 ms and ≤ 2× SQL", d(p2, "p95") <= 100 && ratio <= 2 ? "yes" : "**no**");
        }
        Map<String, Number> p4 = runs.get("p4.track");
        if (p4 != null) {
            row(md, label("p4.track"), p4, "", "≥ 2,000/s", d(p4, "throughput") >= 2000 ? "yes" : "**no**");
        }
        md.append('\n');
        cpu(md, runs);

        Map<String, Number> p3 = runs.get("p3.recompute");
        if (p3 != null) {
            md.append(String.format(Locale.ROOT, "P3 deadline recompute after a national day off on %s, over %,d open "
                    + "requests of every office (those due on or after that day are recomputed; %,d moved): added "
                    + "%,d ms, deleted %,d ms (target ≤ 10 s: %s). One computation: see `DeadlineBench` (JMH).%n%n",
                    java.time.LocalDate.ofEpochDay(p3.get("day").longValue()), p3.get("open").longValue(),
                    p3.get("moved").longValue(), p3.get("addMillis").longValue(),
                    p3.get("deleteMillis").longValue(),
                    Math.max(d(p3, "addMillis"), d(p3, "deleteMillis")) <= 10_000 ? "met" : "**missed**"));
        }
        long rss = 0;
        for (String k : new String[] {"p1.16", "p1.50"}) {
            if (runs.containsKey(k) && runs.get(k).get("rssMb") != null) {
                rss = Math.max(rss, runs.get(k).get("rssMb").longValue());
            }
        }
        if (rss > 0) {
            md.append(String.format(Locale.ROOT, "Server memory under the P1 load: peak RSS %,d MB (target ≤ 600 MB: "
                    + "%s).%n%n", rss, rss <= 600 ? "met" : "**missed**"));
        }
        Map<String, Number> soak = runs.get("soak");
        if (soak != null) {
            // flat: no sample after the first above it by more than 10% (a heap that shrinks after warm-up is flat)
            double growth = (d(soak, "heapMaxLaterKb") - d(soak, "heapFirstKb")) / d(soak, "heapFirstKb") * 100;
            md.append(String.format(Locale.ROOT, "Soak (`-Xmx512m`): %,d submissions, %,d errors; heap after full GC "
                    + "%,d KB after the first 2,000, %,d KB at the end, between %,d and %,d KB; the highest after the "
                    + "first is %+.1f%% of it (target: no error, flat within 10%%: %s).%n%n",
                    soak.get("submissions").longValue(), soak.get("errors").longValue(),
                    soak.get("heapFirstKb").longValue(), soak.get("heapLastKb").longValue(),
                    soak.get("heapMinKb").longValue(), soak.get("heapMaxKb").longValue(), growth,
                    soak.get("errors").longValue() == 0 && growth <= 10 ? "met" : "**missed**"));
        }
        notes.forEach(n -> md.append(n).append("\n"));
        Path dir = Files.createDirectories(base.resolve("bench/results"));
        String name = LocalDate.now() + "-" + Benchmark.host();
        // a day's earlier results stay as they were written, also one renamed for what it holds (-run6-p2p4.md)
        Path file = dir.resolve(name + ".md");
        for (int run = 2; Files.exists(file); run++) {
            if (!taken(dir, name + "-run" + run)) {
                file = dir.resolve(name + "-run" + run + ".md");
            }
        }
        Files.writeString(file, md.toString());
        return file;
    }

    /** Whether {@code dir} holds {@code <run>.md} or a renamed {@code <run>-….md}. */
    private static boolean taken(Path dir, String run) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(n -> n.equals(run + ".md") || n.startsWith(run + "-"));
        }
    }

    /**
     * Where a request's CPU goes, per scenario, and for P1 at 16 clients what 0.8× the floor leaves: with the cores
     * full in both runs, P1 reaches 0.8× the floor's throughput only if a submission takes at most the floor's CPU
     * ÷ 0.8.
     */
    private static void cpu(StringBuilder md, Map<String, Map<String, Number>> runs) {
        StringBuilder rows = new StringBuilder();
        for (String key : List.of("floor.16", "p1.16", "floor.50", "p1.50", "p2.sql", "p2.worklist", "p4.track")) {
            Map<String, Number> f = runs.get(key);
            if (f != null && f.containsKey("cpuCores")) {
                rows.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %.2f | %.2f |%n", label(key),
                        f.get("clients").intValue(), ms(f.get("cpuServerMs")), ms(f.get("cpuDbMs")),
                        ms(f.get("cpuLoadMs")), cpuTotal(f), d(f, "cpuCores")));
            }
        }
        if (rows.length() == 0) {
            return;
        }
        md.append("CPU per request in ms within each measured window (from `/proc`; the portal, the database and the "
                + "load tool share the machine's cores; the SQL baseline's load tool is the benchmark's own JVM):\n\n"
                + "| Scenario | Clients | Portal | Database | Load tool | Together | Cores busy |\n"
                + "|---|---|---|---|---|---|---|\n").append(rows).append('\n');
        Map<String, Number> floor = runs.get("floor.16");
        Map<String, Number> p1 = runs.get("p1.16");
        if (floor != null && p1 != null && floor.containsKey("cpuDbMs") && p1.containsKey("cpuDbMs")) {
            double budget = cpuTotal(floor) / 0.8;
            md.append(String.format(Locale.ROOT, "P1 at 16 clients: 0.8× the floor's throughput leaves a submission "
                    + "at most %.2f ms of CPU in all (the floor's %.2f ms ÷ 0.8), %.2f ms more than the floor; it "
                    + "took %.2f ms: the portal %+.2f ms, the database %+.2f ms and the load tool %+.2f ms against "
                    + "the floor.%n%n", budget, cpuTotal(floor), budget - cpuTotal(floor), cpuTotal(p1),
                    d(p1, "cpuServerMs") - d(floor, "cpuServerMs"), d(p1, "cpuDbMs") - d(floor, "cpuDbMs"),
                    d(p1, "cpuLoadMs") - d(floor, "cpuLoadMs")));
        }
    }

    /** A scenario's name in the tables, by its key in the runs ({@code floor.16}, {@code p1.50}, {@code p2.sql}…). */
    private static String label(String key) {
        return switch (key.replaceFirst("\\.(16|50)$", "")) {
            case "floor" -> "Floor (parse, write, insert)";
            case "p1" -> "P1 submission";
            case "p2.sql" -> "SQL: worklist count + page (JDBC)";
            case "p2.worklist" -> "P2 worklist (REST twin)";
            case "p4.track" -> "P4 tracking lookup";
            default -> key;
        };
    }

    private static double cpuTotal(Map<String, Number> f) {
        return f.getOrDefault("cpuServerMs", 0).doubleValue() + f.getOrDefault("cpuDbMs", 0).doubleValue()
                + f.getOrDefault("cpuLoadMs", 0).doubleValue();
    }

    private static String ms(Number n) {
        return n == null ? "—" : String.format(Locale.ROOT, "%.2f", n.doubleValue());
    }

    private static void row(StringBuilder md, String name, Map<String, Number> f, String ratio, String target,
            String met) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %s | %s | %s | %d | %s | %s | %s |%n", name,
                f.get("clients").intValue(), d(f, "throughput"), num(f.get("p50")), num(f.get("p95")),
                num(f.get("p99")), f.containsKey("errors") ? f.get("errors").longValue() : 0, ratio, target, met));
    }

    private static String num(Number n) {
        return n instanceof Double ? String.format(Locale.ROOT, "%.1f", n.doubleValue()) : String.valueOf(n);
    }

    private static double d(Map<String, Number> f, String key) {
        return f.get(key).doubleValue();
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("cpu unknown");
        } catch (IOException e) {
            return "cpu unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
