package id.go.kpu.eppid.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * P4 (issue 8): tracking lookups by registration number and code ({@code POST /api/requests/track}), with the
 * receipts the P1 runs kept, round and round. Every lookup is right, so the per-client limit on wrong codes never
 * counts.
 */
public class TrackSimulation extends LoadSimulation {

    {
        run(scenario("track").forever().on(feed(csv(System.getProperty("bench.receipts")).circular())
                        .exec(http("track").post("/api/requests/track").header("Content-Type", "application/json")
                                .body(StringBody("{\"number\":\"#{number}\",\"code\":\"#{code}\"}"))
                                .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"))
                                .ignoreProtocolChecks())
                        .exec(load::record)));
    }
}
