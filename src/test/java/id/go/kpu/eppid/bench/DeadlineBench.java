package id.go.kpu.eppid.bench;

import id.go.kpu.eppid.deadline.domain.DayOffKind;
import id.go.kpu.eppid.deadline.domain.Deadline;
import id.go.kpu.eppid.deadline.domain.DeadlineCalculator;
import id.go.kpu.eppid.deadline.domain.OfficeCalendar;
import id.go.kpu.eppid.deadline.domain.Pause;
import id.go.kpu.eppid.deadline.domain.RegimeClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The deadline engine's speed (issue 5; targets in issue 8 P3: one computation ≤ 5 µs): one due date on a day clock
 * across the year-end holidays, one on an hour clock crossing closing time, one with a pause and an extension, and a
 * batch of 100,000 open requests as the recompute after a calendar change does it (computation only; the database
 * part belongs to the portal benchmark). Not part of the test run:
 * {@code mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-cp %classpath org.openjdk.jmh.Main DeadlineBench"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineBench {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final int BATCH = 100_000;

    OfficeCalendar calendar;
    DeadlineCalculator.Input days;
    DeadlineCalculator.Input hours;
    DeadlineCalculator.Input pausedAndExtended;
    Instant[] receipts;
    Instant now;

    @Setup
    public void setUp() {
        Map<DayOfWeek, OfficeCalendar.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, new OfficeCalendar.Hours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        Map<LocalDate, OfficeCalendar.Closure> off = new HashMap<>();
        for (String d : List.of("2026-12-24", "2026-12-25", "2027-01-01", "2026-08-17", "2026-03-20", "2026-03-23")) {
            off.put(LocalDate.parse(d), new OfficeCalendar.Closure(LocalDate.parse(d), DayOffKind.NATIONAL_HOLIDAY,
                    "Libur"));
        }
        calendar = new OfficeCalendar(WITA, week, off);
        Instant received = LocalDate.of(2026, 12, 21).atTime(10, 0).atZone(WITA).toInstant();
        now = received.plusSeconds(3600);
        days = new DeadlineCalculator.Input(RegimeClock.WORKING_DAYS, 10, received, List.of(), 0);
        hours = new DeadlineCalculator.Input(RegimeClock.SERVICE_HOURS, 1,
                LocalDate.of(2026, 12, 23).atTime(15, 30).atZone(WITA).toInstant(), List.of(), 0);
        pausedAndExtended = new DeadlineCalculator.Input(RegimeClock.WORKING_DAYS, 10, received,
                List.of(new Pause(received.plusSeconds(86_400), received.plusSeconds(5 * 86_400))), 7);
        receipts = new Instant[BATCH];
        Instant start = LocalDate.of(2026, 1, 1).atStartOfDay(WITA).toInstant();
        for (int i = 0; i < BATCH; i++) {
            receipts[i] = start.plusSeconds((i * 7919L) % (365L * 86_400));
        }
    }

    @Benchmark
    public Deadline oneDayClock() {
        return DeadlineCalculator.compute(calendar, days, now);
    }

    @Benchmark
    public Deadline oneHourClock() {
        return DeadlineCalculator.compute(calendar, hours, now);
    }

    @Benchmark
    public Deadline onePausedAndExtended() {
        return DeadlineCalculator.compute(calendar, pausedAndExtended, now);
    }

    /** Time per request of a recompute over 100,000 open requests (reported per operation). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long recomputeBatch() {
        long sum = 0;
        for (Instant r : receipts) {
            sum += DeadlineCalculator.compute(calendar, new DeadlineCalculator.Input(RegimeClock.WORKING_DAYS, 10, r,
                    List.of(), 0), now).dueAt().getEpochSecond();
        }
        return sum;
    }
}
