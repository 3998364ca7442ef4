package id.go.kpu.eppid.staff.application;

import id.go.kpu.eppid.staff.domain.Role;
import id.go.kpu.eppid.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Validates staff credentials against the database; the caller's groups are their role names. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffLogin login;

    @Inject
    private SignedInAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (login.check(upc.getCaller(), upc.getPassword().getValue()) != StaffLogin.Outcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        StaffAccount account = accounts.reload(upc.getCaller()).orElseThrow(); // the session's first calls use it
        return new CredentialValidationResult(account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
