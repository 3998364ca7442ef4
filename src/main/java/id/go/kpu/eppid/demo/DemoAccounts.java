package id.go.kpu.eppid.demo;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.shared.i18n.Messages;
import id.go.kpu.eppid.staff.application.StaffLogin;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo staff accounts, created at start-up only when {@code portal.demo.enabled} is true (the README's run command
 * and the tests): every role at KPU Kota Kupang, and front office, PPID operator and administrator at every other
 * demo office. The table of accounts is printed on the console.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoAccounts {

    private static final System.Logger LOG = System.getLogger(DemoAccounts.class.getName());

    /** Office code → short name used in demo usernames (e.g. {@code fo.kupang}). */
    static final Map<String, String> OFFICES = Map.of(
            "RI", "ri", "53", "ntt", "5371", "kupang", "52", "ntb",
            "18", "lampung", "1811", "mesuji", "33", "jateng", "3301", "cilacap");

    /** The office whose demo staff hold every role. */
    static final String FULL_OFFICE = "5371";

    static final Set<Role> OTHER_OFFICE_ROLES = EnumSet.of(Role.FRONT_OFFICE, Role.PPID_OPERATOR, Role.ADMIN);

    /**
     * HD-8: the escalation path Kabupaten Mesuji → Provinsi Lampung → KPU RI has a helpdesk team and a Commissioner
     * at each office (seed 001 is Mesuji's helpdesk decree).
     */
    static final Set<String> HELPDESK_OFFICES = Set.of("1811", "18", "RI");

    static Set<Role> roles(String officeCode) {
        if (FULL_OFFICE.equals(officeCode)) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.copyOf(OTHER_OFFICE_ROLES);
        if (HELPDESK_OFFICES.contains(officeCode)) {
            roles.addAll(Role.HELPDESK_TEAM);
            roles.add(Role.COMMISSIONER);
        }
        return roles;
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StaffLogin staffLogin;

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.demo.password", defaultValue = "Demo#2026")
    private String password;

    @PostConstruct
    void create() {
        if (!enabled) {
            return;
        }
        List<String> table = new ArrayList<>();
        Messages titles = Messages.of(Messages.INDONESIAN); // position titles are data, in the office's language
        String hash = null; // one PBKDF2 hash for all demo accounts: they share the printed demo password
        List<Office> offices = em.createQuery("select o from Office o where o.code in :codes order by o.id",
                Office.class).setParameter("codes", OFFICES.keySet()).getResultList();
        for (Office office : offices) {
            for (Role role : roles(office.getCode())) {
                String username = role.slug() + "." + OFFICES.get(office.getCode());
                if (em.createQuery("select count(s) from StaffAccount s where s.username = :u", Long.class)
                        .setParameter("u", username).getSingleResult() == 0) {
                    if (hash == null) {
                        hash = staffLogin.hash(password.toCharArray());
                    }
                    em.persist(new StaffAccount(username, hash,
                            "Demo " + role.slug() + " " + OFFICES.get(office.getCode()), titles.label(role), office,
                            EnumSet.of(role), Instant.now()));
                }
                table.add(String.format("  %-32s %-28s %s", username, role.name(), office.getName()));
            }
        }
        LOG.log(System.Logger.Level.INFO, "Demo accounts (password for all: {0}):\n{1}", password,
                String.join("\n", table));
    }
}
