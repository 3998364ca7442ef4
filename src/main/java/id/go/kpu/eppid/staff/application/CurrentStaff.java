package id.go.kpu.eppid.staff.application;

import id.go.kpu.eppid.office.domain.Office;
import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in staff member of this request and their office. Every office-scoped query takes the office from
 * here, never from a request parameter.
 *
 * <p>One instance for the application: the caller comes from the request's security context at every call, and the
 * account from {@link SignedInAccounts} (a map lookup). As a request-scoped bean it was made and injected at every
 * staff request, about 9 % of the portal's CPU in a worklist API call (P2 of issue 8, JFR).
 */
@Named
@ApplicationScoped
public class CurrentStaff {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignedInAccounts accounts;

    /** The signed-in account, if any. */
    public Optional<StaffAccount> find() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : accounts.find(principal.getName());
    }

    /** The signed-in account; throws {@link SecurityException} when nobody is signed in. */
    public StaffAccount get() {
        return find().orElseThrow(() -> new SecurityException("not signed in"));
    }

    public Office getOffice() {
        return get().getOffice();
    }

    public long officeId() {
        return get().getOffice().getId();
    }

    public boolean hasAnyRole(Set<Role> roles) {
        return find().map(a -> a.hasAnyRole(roles)).orElse(false);
    }

    public boolean isSignedIn() {
        return find().isPresent();
    }

    /** For pages: may this user see ID scans? */
    public boolean isIdScanReader() {
        return hasAnyRole(Role.ID_SCAN_READERS);
    }
}
