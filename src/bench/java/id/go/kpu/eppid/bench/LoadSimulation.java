package id.go.kpu.eppid.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** A closed load: {@link Load#clients} clients, each sending its next request as soon as the last is answered. */
abstract class LoadSimulation extends Simulation {

    final Load load = new Load();

    /** Sets the scenario up (from the subclass's initialiser); each client loops through it. */
    void run(ScenarioBuilder scenario) {
        setUp(scenario.injectOpen(atOnceUsers(load.clients)))
                .protocols(http.baseUrl(load.url))
                .maxDuration(load.maxDuration());
    }

    @Override
    public void before() {
        load.start();
    }

    @Override
    public void after() {
        load.write();
    }
}
