package id.go.kpu.eppid.testsupport;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Arquillian extension: a test class whose deployment has the same content as the one already running uses that
 * running server instead of starting Payara Micro again (each start is ~15 s; the suite has 40-odd classes). A class
 * with a different archive (e.g. with a test-only bean) gets its own server, and the previous one is stopped first; the
 * last one is stopped at the end of the suite. A testable (in-container) class needs a server that was deployed with
 * Arquillian's test servlet, so a testable class never reuses a server deployed for client-only classes; client-only
 * classes may use either. Each class keeps its own deployment scenario (so {@code testable} still decides where its
 * methods run) and gets the running server's protocol metadata ({@code @ArquillianResource URL}).
 *
 * <p>Written here rather than taken from arquillian-suite-extension: that one forces a single deployment for the whole
 * suite, scans the class path for it, and drags WildFly-era dependencies. The price of sharing is shared state in the
 * server; tests must not rely on a fresh one (see README, "Tests").
 */
public class ReusedDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(ReusedDeployment.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** The observer; Arquillian makes one per suite. */
    public static class Keeper {

        @Inject
        private Instance<DeploymentScenario> scenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Instance<DeploymentContext> deploymentContext;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionInScope;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentInScope;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metadataInScope;

        @Inject
        private Instance<ProtocolMetaData> metadata;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        private List<Deployment> running = List.of();
        private List<ProtocolMetaData> runningMetadata = List.of();

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            List<Deployment> wanted = scenario.get().managedDeploymentsInDeployOrder();
            String why = whyNot(wanted);
            if (why == null) {
                for (int i = 0; i < wanted.size(); i++) {
                    adopt(wanted.get(i), runningMetadata.get(i));
                }
                return;
            }
            if (!running.isEmpty()) {
                LOG.info("a new server for this class: " + why);
            }
            stopRunning();
            event.proceed();
            running = wanted;
            runningMetadata = wanted.stream().map(this::metadataOf).toList();
        }

        /** A class's own undeploy keeps the server for the next class. */
        public void keep(@Observes EventContext<UnDeployManagedDeployments> event) {
            // nothing: stopped when a class wants other content, or at the end of the suite
        }

        public void end(@Observes(precedence = 100) AfterSuite event) {
            stopRunning();
        }

        /** Why the running server cannot serve {@code wanted}, or null when it can. */
        private String whyNot(List<Deployment> wanted) {
            if (wanted.size() != running.size() || wanted.isEmpty()) {
                return "other deployments";
            }
            for (int i = 0; i < wanted.size(); i++) {
                Deployment have = running.get(i);
                DeploymentDescription want = wanted.get(i).getDescription();
                DeploymentDescription got = have.getDescription();
                if (!have.isDeployed() || have.hasDeploymentError() || runningMetadata.get(i) == null) {
                    return "the running deployment failed";
                }
                if (!Objects.equals(want.getTarget(), got.getTarget()) || !want.isArchiveDeployment()
                        || !got.isArchiveDeployment()) {
                    return "another container or no archive";
                }
                if (want.testable() && !got.testable()) {
                    return "in-server tests need Arquillian's test servlet";
                }
                Set<String> a = content(want.getArchive());
                Set<String> b = content(got.getArchive());
                Set<String> onlyNew = new TreeSet<>(a);
                onlyNew.removeAll(b);
                Set<String> onlyOld = new TreeSet<>(b);
                onlyOld.removeAll(a);
                // a testable deployment's archive also holds the libraries Arquillian's packager added to it
                boolean arquillianLibraries = got.testable() && onlyOld.stream().allMatch(p -> p.startsWith("/WEB-INF/lib/"));
                if (!onlyNew.isEmpty() || !onlyOld.isEmpty() && !arquillianLibraries) {
                    return "other content: only in the new one " + first(onlyNew) + ", only in the running one "
                            + first(onlyOld);
                }
            }
            return null;
        }

        private static String first(Set<String> paths) {
            return paths.stream().limit(5).toList() + (paths.size() > 5 ? " and " + (paths.size() - 5) + " more" : "");
        }

        private static Set<String> content(Archive<?> archive) {
            Set<String> paths = new TreeSet<>();
            archive.getContent().keySet().forEach(path -> paths.add(path.get()));
            return paths;
        }

        /** This class's deployment is served by the running server: the same metadata, marked deployed. */
        private void adopt(Deployment deployment, ProtocolMetaData served) {
            DeploymentContext context = deploymentContext.get();
            context.activate(deployment);
            try {
                descriptionInScope.set(deployment.getDescription());
                deploymentInScope.set(deployment);
                metadataInScope.set(served);
                deployment.deployed();
            } finally {
                context.deactivate();
            }
        }

        private ProtocolMetaData metadataOf(Deployment deployment) {
            DeploymentContext context = deploymentContext.get();
            context.activate(deployment);
            try {
                return metadata.get();
            } finally {
                context.deactivate();
            }
        }

        private void stopRunning() {
            for (Deployment deployment : running) {
                if (deployment.isDeployed()) {
                    Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                    try {
                        undeploy.fire(new UnDeployDeployment(container, deployment));
                    } catch (RuntimeException e) {
                        LOG.warning("undeploying " + deployment.getDescription().getName() + ": " + e);
                    }
                }
            }
            running = List.of();
            runningMetadata = List.of();
        }
    }
}
