package id.go.kpu.eppid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * CPU time used within a load run's measured window by the three processes that share the machine's cores: the
 * portal, the database and the load tool (this process), read from {@code /proc} (Linux). Divided by the requests
 * answered in the window, it tells where a request's cost lies, so that a gap to the floor is shown in milliseconds of
 * CPU in every run, not only as throughput, which on a shared 2-core VM also moves with the machine.
 */
final class CpuClock {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ; 100 on Linux). */
    private static final double TICKS = ticks();

    /** CPU seconds of the three processes at one instant; negative where a process could not be read. */
    private record Snapshot(double server, double database, double load, long at) {
    }

    private final long server;
    private final long database;
    private volatile Snapshot from;
    private volatile Snapshot to;

    /** @param server the portal's process, or -1 (load straight to the database); @param database -1 when remote */
    CpuClock(long server, long database) {
        this.server = server;
        this.database = database;
    }

    /** For a load tool in its own JVM: the processes {@link Benchmark} names in system properties. */
    static CpuClock fromProperties() {
        return new CpuClock(Long.getLong("bench.serverPid", -1), Long.getLong("bench.databasePid", -1));
    }

    /** The database server's process, from its own {@code @@pid_file}; empty when it is not on this machine. */
    static OptionalLong databasePid(Connection db) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT @@pid_file")) {
            if (r.next() && r.getString(1) != null) {
                Path file = Path.of(r.getString(1));
                if (Files.isReadable(file)) {
                    long pid = Long.parseLong(Files.readString(file).trim());
                    return seconds(pid) >= 0 ? OptionalLong.of(pid) : OptionalLong.empty();
                }
            }
        } catch (SQLException | IOException | NumberFormatException e) {
            // no local database process to count
        }
        return OptionalLong.empty();
    }

    /** Reads the three processes at the two instants of {@link System#nanoTime}, on a daemon thread of its own. */
    void measure(long fromNanos, long toNanos) {
        Thread t = new Thread(() -> {
            from = at(fromNanos);
            to = at(toNanos);
        }, "cpu-clock");
        t.setDaemon(true);
        t.start();
    }

    private Snapshot at(long nanos) {
        for (long wait = nanos - System.nanoTime(); wait > 0; wait = nanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        return new Snapshot(server < 0 ? 0 : seconds(server), database < 0 ? 0 : seconds(database),
                seconds(ProcessHandle.current().pid()), System.nanoTime());
    }

    /**
     * Milliseconds of CPU per request answered in the window: {@code cpuServerMs} (not for load straight to the
     * database), {@code cpuDbMs} (when the database is on this machine), {@code cpuLoadMs}, and {@code cpuCores}, the
     * cores the three kept busy together. Empty when the window has not ended or {@code /proc} could not be read.
     */
    Map<String, Number> perRequest(long requests) {
        Map<String, Number> figures = new LinkedHashMap<>();
        Snapshot a = from;
        Snapshot b = to;
        if (a == null || b == null || requests <= 0 || a.server() < 0 || a.database() < 0 || a.load() < 0
                || b.server() < a.server() || b.database() < a.database() || b.load() < a.load()) {
            return figures;
        }
        if (server >= 0) {
            figures.put("cpuServerMs", (b.server() - a.server()) * 1000 / requests);
        }
        if (database >= 0) {
            figures.put("cpuDbMs", (b.database() - a.database()) * 1000 / requests);
        }
        figures.put("cpuLoadMs", (b.load() - a.load()) * 1000 / requests);
        double used = b.server() - a.server() + b.database() - a.database() + b.load() - a.load();
        figures.put("cpuCores", used / ((b.at() - a.at()) / 1e9));
        return figures;
    }

    /** User and system CPU seconds of a process so far; -1 when it is gone or this is not Linux. */
    private static double seconds(long pid) {
        try {
            String line = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // utime and stime: the 14th and 15th fields, the 12th and 13th after the command name (which may hold
            // spaces) and the state
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double ticks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? Double.parseDouble(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
