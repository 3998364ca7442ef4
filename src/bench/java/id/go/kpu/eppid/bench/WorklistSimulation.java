package id.go.kpu.eppid.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.concurrent.ThreadLocalRandom;

/**
 * P2 (issue 8): the staff worklist's REST twin ({@code GET /api/staff/requests}) over the data set — one office (the
 * signed-in officer's), one status, sorted by due date, a page of 25 among the first ten. Each client signs in once
 * with HTTP Basic and then stays in its session, as the staff pages do (a PBKDF2 check per request would measure the
 * password hash, not the worklist).
 */
public class WorklistSimulation extends LoadSimulation {
    private final String path = "/api/staff/requests?status=" + System.getProperty("bench.status") + "&sort=due&size=25";

    {
        run(scenario("worklist")
                .exec(http("sign in").get(path).basicAuth(System.getProperty("bench.user"), System.getProperty("bench.password")))
                .forever().on(exec(session -> session.set("page", ThreadLocalRandom.current().nextInt(10)))
                        .exec(http("worklist").get(path + "&page=#{page}")
                                .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"))
                                .ignoreProtocolChecks())
                        .exec(load::record)));
    }
}
